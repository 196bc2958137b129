package com.mangaassist.reviewqueue.stats.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of the queue's signals, as the threshold service consumes it ({@code GET /api/reviews/stats}).
 * Definitions in docs/REVIEW-QUEUE.md.
 *
 * @param perPriority depth, claimed, oldest age, SLA breach rate and rates per priority
 * @param throughputPerReviewerPerHour completions by each reviewer in the window, per hour
 * @param approvedUnchangedRate share of human decisions in the window that approved the draft as it was
 *     (0 when there were none)
 */
public record QueueStats(
        Instant at,
        long windowSeconds,
        long depth,
        Map<Priority, PriorityStats> perPriority,
        double arrivalsPerMinute,
        double completionsPerMinute,
        int activeReviewers,
        int minimumStaffing,
        boolean belowMinimumStaffing,
        Map<String, Double> throughputPerReviewerPerHour,
        double approvedUnchangedRate) {

    /**
     * @param depth tasks waiting for a reviewer (general queue and senior pool)
     * @param claimed tasks held by a reviewer
     * @param oldestAgeSeconds age of the oldest waiting task (0 when none waits)
     * @param waitingPastSla waiting tasks already past their SLA
     * @param slaBreachRate (completions past SLA + waiting past SLA) / (completions + waiting past SLA), over
     *     the window
     */
    public record PriorityStats(
            long depth,
            long claimed,
            long oldestAgeSeconds,
            long waitingPastSla,
            double slaBreachRate,
            double arrivalsPerMinute,
            double completionsPerMinute) {}
}
