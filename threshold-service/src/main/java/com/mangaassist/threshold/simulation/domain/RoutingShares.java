package com.mangaassist.threshold.simulation.domain;

/**
 * Shares of turns by route; they add up to 1 (or are all 0 for no turns).
 *
 * @param autoRespond answered without a human
 * @param review reviewed, at normal or lowered (low-band) priority
 * @param handoff handed to a live agent
 */
public record RoutingShares(double autoRespond, double review, double handoff) {

    /** Turns not answered on their own: review + handoff. */
    public double escalation() {
        return review + handoff;
    }
}
