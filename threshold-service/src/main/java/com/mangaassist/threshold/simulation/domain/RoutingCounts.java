package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.ThresholdSet;

/**
 * How the turns of a histogram route under one {@link ThresholdSet}, as the orchestrator's router decides
 * (docs/ROUTING.md), each bound inclusive at its own value via {@link ConfidenceBins#firstAtOrAbove}:
 *
 * <ul>
 *   <li>auto-respond: {@code c ≥ autoRespondMin};
 *   <li>review: {@code reviewMin ≤ c < autoRespondMin};
 *   <li>low-band review: {@code handoffBelow ≤ c < reviewMin} (reviewed one priority lower);
 *   <li>handoff to a live agent: {@code c < handoffBelow}.
 * </ul>
 *
 * <p>Turns whose model was unavailable are handed off whatever the thresholds; histograms hold only scored
 * turns, so they are outside this count.
 *
 * @param autoRespond turns answered without a human
 * @param review turns reviewed at their normal priority
 * @param lowBandReview turns reviewed one priority lower
 * @param handoff turns handed to a live agent
 */
public record RoutingCounts(long autoRespond, long review, long lowBandReview, long handoff) {

    public RoutingCounts {
        if (autoRespond < 0 || review < 0 || lowBandReview < 0 || handoff < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The routing of {@code histogram}'s turns under {@code thresholds}. */
    public static RoutingCounts of(ConfidenceHistogram histogram, ThresholdSet thresholds) {
        Cuts cuts = Cuts.of(thresholds);
        long[] counts = histogram.counts();
        long handoff = 0;
        long low = 0;
        long review = 0;
        long auto = 0;
        int b = 0;
        for (; b < cuts.handoff; b++) {
            handoff += counts[b];
        }
        for (; b < cuts.review; b++) {
            low += counts[b];
        }
        for (; b < cuts.auto; b++) {
            review += counts[b];
        }
        for (; b < counts.length; b++) {
            auto += counts[b];
        }
        return new RoutingCounts(auto, review, low, handoff);
    }

    /** Every turn counted. */
    public long total() {
        return autoRespond + review + lowBandReview + handoff;
    }

    /** Turns a reviewer sees: normal and low-band reviews. */
    public long reviews() {
        return review + lowBandReview;
    }

    /** Turns not answered on their own: reviews and handoffs. */
    public long escalations() {
        return reviews() + handoff;
    }

    /** The counts as shares of {@link #total()}; all 0 for no turns. */
    public RoutingShares shares() {
        long total = total();
        if (total == 0) {
            return new RoutingShares(0, 0, 0);
        }
        double t = total;
        return new RoutingShares(autoRespond / t, reviews() / t, handoff / t);
    }

    /**
     * The first bin of each band under one threshold set: {@code [0, handoff)} hands off,
     * {@code [handoff, review)} is the low band, {@code [review, auto)} is reviewed, {@code [auto, COUNT)}
     * auto-responds.
     */
    record Cuts(int handoff, int review, int auto) {

        static Cuts of(ThresholdSet thresholds) {
            return new Cuts(
                    ConfidenceBins.firstAtOrAbove(thresholds.handoffBelow()),
                    ConfidenceBins.firstAtOrAbove(thresholds.reviewMin()),
                    ConfidenceBins.firstAtOrAbove(thresholds.autoRespondMin()));
        }
    }
}
