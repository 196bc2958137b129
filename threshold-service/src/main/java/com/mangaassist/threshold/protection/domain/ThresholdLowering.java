package com.mangaassist.threshold.protection.domain;

import com.mangaassist.model.routing.ThresholdSet;

/** Lowers a set's auto-respond minimum and, only as far as needed to keep the set ordered, the bounds below it. */
public final class ThresholdLowering {

    private ThresholdLowering() {}

    /**
     * {@code active} with {@code autoRespondMin} = the lower of its own and {@code target}; {@code reviewMin}
     * and {@code handoffBelow} lowered only where they would otherwise exceed the bound above them.
     */
    public static ThresholdSet lowerAutoRespondTo(ThresholdSet active, double target) {
        double autoRespondMin = Math.min(active.autoRespondMin(), target);
        double reviewMin = Math.min(active.reviewMin(), autoRespondMin);
        double handoffBelow = Math.min(active.handoffBelow(), reviewMin);
        return new ThresholdSet(autoRespondMin, reviewMin, handoffBelow);
    }
}
