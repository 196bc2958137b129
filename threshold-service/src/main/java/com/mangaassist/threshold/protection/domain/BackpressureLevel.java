package com.mangaassist.threshold.protection.domain;

/** How hard the threshold service leans on auto-respond to protect the review queue; ordered by strength. */
public enum BackpressureLevel {
    /** Thresholds as configured. */
    NONE,
    /** The queue is past its operating bound: a moderate relaxation. */
    ELEVATED,
    /** The queue is far past its bound: the strongest relaxation. */
    CRITICAL;

    boolean isAbove(BackpressureLevel other) {
        return compareTo(other) > 0;
    }

    BackpressureLevel oneBelow() {
        return this == NONE ? NONE : values()[ordinal() - 1];
    }
}
