package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.threshold.changerequest.domain.EvaluationPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Canary and breaker settings.
 *
 * @param defaultCanaryPercent cohort share when the proposal names none (5 %)
 * @param thresholdCanary how long a thresholds canary runs (4 h)
 * @param promptCanary how long a prompt canary runs (48 h)
 * @param evaluation the verdict's tolerance and minimum samples
 * @param breakerRate escalation rate above which the breaker counts (0.30)
 * @param breakerSustain how long the rate must stay above it (10 min)
 * @param breakerWindow the sliding window each check measures (1 min)
 * @param breakerMinimumTurns turns per window below which a check is not evidence (20)
 * @param watchAfterChange how long after a promotion or revert the active thresholds stay watched (1 h)
 * @param knownGoodAfter how long a version must have served to count as known good (1 h)
 */
public record ChangeControlSettings(
        double defaultCanaryPercent,
        Duration thresholdCanary,
        Duration promptCanary,
        EvaluationPolicy evaluation,
        double breakerRate,
        Duration breakerSustain,
        Duration breakerWindow,
        long breakerMinimumTurns,
        Duration watchAfterChange,
        Duration knownGoodAfter) {

    public ChangeControlSettings {
        Objects.requireNonNull(evaluation, "evaluation");
        if (!(defaultCanaryPercent > 0 && defaultCanaryPercent <= 100)) {
            throw new IllegalArgumentException("defaultCanaryPercent must be in (0, 100]");
        }
        if (!(breakerRate > 0 && breakerRate < 1)) {
            throw new IllegalArgumentException("breakerRate must be in (0, 1)");
        }
        for (Duration d : new Duration[] {
            thresholdCanary, promptCanary, breakerSustain, breakerWindow, watchAfterChange, knownGoodAfter
        }) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive");
            }
        }
        if (breakerMinimumTurns < 1) {
            throw new IllegalArgumentException("breakerMinimumTurns must be at least 1");
        }
    }
}
