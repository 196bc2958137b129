package com.mangaassist.threshold.capacity.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where the review queue will be {@link #horizon} after {@link #at} if arrivals and reviewers stay as the
 * signals saw them ({@link QueueForecaster}). Waits are in seconds and may be
 * {@link Double#POSITIVE_INFINITY} (an unstable priority, or no reviewers at all).
 *
 * @param at when the signals were taken; the forecast starts here
 * @param horizon how far ahead
 * @param activeReviewers reviewers on duty (the servers)
 * @param reviewsPerReviewerPerHour the throughput used: measured, or the assumed one when nobody decided
 *     anything in the signals' window
 * @param throughputMeasured whether {@code reviewsPerReviewerPerHour} was measured
 * @param capacityPerHour reviews per hour the reviewers on duty decide
 * @param perPriority one entry per priority, P1 first
 * @param totalDepth tasks waiting now
 * @param totalProjectedDepth tasks waiting at {@code at + horizon}
 * @param stable the total arrival rate is below the capacity (the queue as a whole does not grow)
 */
public record QueueForecast(
        Instant at,
        Duration horizon,
        int activeReviewers,
        double reviewsPerReviewerPerHour,
        boolean throughputMeasured,
        double capacityPerHour,
        List<PriorityForecast> perPriority,
        long totalDepth,
        double totalProjectedDepth,
        boolean stable) {

    public QueueForecast {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(horizon, "horizon");
        perPriority = List.copyOf(perPriority);
        if (perPriority.size() != Priority.values().length) {
            throw new IllegalArgumentException("one entry per priority is required: " + perPriority);
        }
    }

    /** The moment the projection is for: {@code at + horizon}. */
    public Instant projectedAt() {
        return at.plus(horizon);
    }

    /** The entry of {@code priority}. */
    public PriorityForecast of(Priority priority) {
        return perPriority.get(priority.ordinal());
    }

    /**
     * The forecast of one priority.
     *
     * @param priority the priority
     * @param depth tasks of this priority waiting now
     * @param arrivalsPerMinute arrivals per minute, as measured, assumed to continue
     * @param servedPerMinute the share of the capacity this priority gets over the horizon once the more
     *     urgent ones have taken theirs (fluid model)
     * @param projectedDepth tasks waiting at the end of the horizon
     * @param expectedWaitSeconds mean wait for a reviewer of a task arriving at the end of the horizon: the
     *     time to clear the tasks of equal or higher priority then waiting, plus the random wait of the
     *     priority M/M/c model when this priority is stable
     * @param slaSeconds the priority's SLA
     * @param breachProbability probability that such a task waits longer than its SLA minus the mean
     *     handling time ({@link ReviewSlas#waitBudgetSeconds}); 1 when this priority is unstable
     * @param stable the arrivals of this and every more urgent priority are below the capacity
     */
    public record PriorityForecast(
            Priority priority,
            long depth,
            double arrivalsPerMinute,
            double servedPerMinute,
            double projectedDepth,
            double expectedWaitSeconds,
            double slaSeconds,
            double breachProbability,
            boolean stable) {

        public PriorityForecast {
            Objects.requireNonNull(priority, "priority");
        }
    }
}
