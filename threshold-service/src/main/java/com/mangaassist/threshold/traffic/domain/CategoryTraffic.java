package com.mangaassist.threshold.traffic.domain;

import java.time.Instant;
import java.util.List;

/**
 * One category's routed turns over a window: the decisions, the escalation rate ((review + handoff) / turns, null
 * without turns), the same per hour, and the confidence distribution in {@link CoarseHistogram#BINS} bins.
 */
public record CategoryTraffic(
        String category,
        long turns,
        long autoRespond,
        long review,
        long handoff,
        Double escalationRate,
        List<Hour> hourly,
        CoarseHistogram histogram) {

    public CategoryTraffic {
        hourly = List.copyOf(hourly);
    }

    /** One hour (UTC start) of a category's turns. */
    public record Hour(Instant hour, long turns, Double escalationRate) {}

    /** (review + handoff) / turns; null when there were no turns (not 0: nothing was measured). */
    public static Double escalationRate(long turns, long review, long handoff) {
        return turns == 0 ? null : (double) (review + handoff) / turns;
    }
}
