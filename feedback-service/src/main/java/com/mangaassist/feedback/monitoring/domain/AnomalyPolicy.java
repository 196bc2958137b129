package com.mangaassist.feedback.monitoring.domain;

/**
 * The detectors' thresholds: an account joins the cohort with {@code minSignals} binary signals and is
 * flagged {@code deviations} robust standard deviations above the cohort mean; it is concentrated with at
 * least {@code minNegatives} DOWNs and more than {@code concentrationFactor} times the median DOWN count;
 * it is uniform with at least {@code minTimingSignals} signals and an interval CV below {@code maxTimingCv}.
 */
public record AnomalyPolicy(
        int minSignals,
        double deviations,
        int minNegatives,
        double concentrationFactor,
        int minTimingSignals,
        double maxTimingCv) {

    public AnomalyPolicy {
        if (minSignals < 2) {
            throw new IllegalArgumentException("minSignals must be at least 2");
        }
        if (deviations <= 0 || concentrationFactor <= 0 || maxTimingCv <= 0) {
            throw new IllegalArgumentException("deviations, concentrationFactor and maxTimingCv must be positive");
        }
        if (minNegatives < 1 || minTimingSignals < 3) {
            throw new IllegalArgumentException("minNegatives must be >= 1 and minTimingSignals >= 3");
        }
    }

    public static AnomalyPolicy defaults() {
        return new AnomalyPolicy(5, 2.0, 10, 5.0, 10, 0.2);
    }
}
