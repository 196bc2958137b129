package com.mangaassist.feedback.quality.domain;

/**
 * The feedback data-quality gate (port): scenario 5's checks evaluated now. The prompt-improvement job runs
 * only on green.
 */
public interface QualityGate {

    GateReport evaluate();
}
