package com.mangaassist.feedback.monitoring.domain;

/** What a detector looks for; {@link #code()} is the metric tag and the wire form. */
public enum AnomalyKind {
    /** An account's negative rate far above its cohort's. */
    COHORT_DEVIATION("cohort-deviation"),
    /** A few accounts producing a large share of the negatives. */
    CONCENTRATION("concentration"),
    /** Accounts whose signals arrive at near-constant intervals (automation). */
    UNIFORM_TIMING("uniform-timing");

    private final String code;

    AnomalyKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
