package com.mangaassist.feedback.improvement.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When a topic gets guidance: at least {@code minSignals} usable binary signals with satisfaction below
 * {@code targetSatisfaction}, or any usable correction; at most {@code maxExamples} corrections quoted;
 * feedback of the last {@code window}; the prompt {@code promptId} is the one improved.
 */
public record ImprovementPolicy(
        String promptId, Duration window, int minSignals, double targetSatisfaction, int maxExamples) {

    public ImprovementPolicy {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (minSignals < 1) {
            throw new IllegalArgumentException("minSignals must be at least 1");
        }
        if (targetSatisfaction <= 0 || targetSatisfaction > 1) {
            throw new IllegalArgumentException("targetSatisfaction must be in (0, 1]");
        }
        if (maxExamples < 0 || maxExamples > 10) {
            throw new IllegalArgumentException("maxExamples must be 0-10");
        }
    }
}
