package com.mangaassist.threshold.protection.domain;

import java.util.Objects;

/**
 * What the backpressure policy decided in one evaluation.
 *
 * @param level the level to be in from now on
 * @param previous the level before this evaluation
 * @param reason why, naming the depths and bounds compared (for the audit entry and the page)
 */
public record BackpressureDecision(BackpressureLevel level, BackpressureLevel previous, String reason) {

    public BackpressureDecision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(previous, "previous");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
    }

    /** Whether the level moves: overrides are to be written (raised) or withdrawn (lowered). */
    public boolean changed() {
        return level != previous;
    }

    /** Whether the level goes up. */
    public boolean raised() {
        return level.isAbove(previous);
    }
}
