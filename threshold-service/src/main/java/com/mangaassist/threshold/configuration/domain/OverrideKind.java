package com.mangaassist.threshold.configuration.domain;

/** Why an override relaxes a category's thresholds for a while. */
public enum OverrideKind {
    /** On-call's emergency relaxation runbook (time-boxed, default 2 h). */
    EMERGENCY,
    /** The backpressure policy while the review queue is deep (refreshed while it holds). */
    BACKPRESSURE,
    /** The peak-hours profile (until the end of the window). */
    PROFILE
}
