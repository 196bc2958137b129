package com.mangaassist.orchestrator.confidence.domain;

/** One past review: the uncalibrated score the turn had and whether the reviewer approved it unchanged. */
public record ReviewOutcome(double rawScore, boolean approvedUnchanged) {

    public ReviewOutcome {
        if (!(rawScore >= 0.0 && rawScore <= 1.0)) {
            throw new IllegalArgumentException("rawScore must be in [0, 1]: " + rawScore);
        }
    }
}
