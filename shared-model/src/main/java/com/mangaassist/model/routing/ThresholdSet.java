package com.mangaassist.model.routing;

/**
 * The three confidence bounds of one topic, each in [0, 1], ordered
 * {@code autoRespondMin ≥ reviewMin ≥ handoffBelow}: at or above {@code autoRespondMin} the answer is
 * sent at once, at or above {@code reviewMin} it is reviewed, below {@code handoffBelow} the turn goes
 * to a live agent, and in between it is reviewed at a lower priority (the orchestrator's router).
 *
 * @param autoRespondMin lowest confidence that is answered without a human
 * @param reviewMin lowest confidence whose draft is worth a normal review
 * @param handoffBelow confidence under which the turn is handed to a live agent
 */
public record ThresholdSet(double autoRespondMin, double reviewMin, double handoffBelow) {

    public ThresholdSet {
        requireUnit("autoRespondMin", autoRespondMin);
        requireUnit("reviewMin", reviewMin);
        requireUnit("handoffBelow", handoffBelow);
        if (autoRespondMin < reviewMin) {
            throw new IllegalArgumentException(
                    "autoRespondMin (" + autoRespondMin + ") must not be below reviewMin (" + reviewMin + ")");
        }
        if (reviewMin < handoffBelow) {
            throw new IllegalArgumentException(
                    "reviewMin (" + reviewMin + ") must not be below handoffBelow (" + handoffBelow + ")");
        }
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
