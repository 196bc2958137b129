package com.mangaassist.threshold.signals.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The review service's queue and capacity, as the threshold service sees it: merged from every fresh
 * review-queue-service snapshot (docs/THRESHOLDS.md, {@code review-signals}).
 *
 * @param at when the freshest snapshot was taken
 * @param perPriority waiting depth, oldest age and arrival and completion rates per priority
 * @param activeReviewers reviewers checked in with a recent heartbeat
 * @param minimumStaffing the staffing minimum in force
 * @param reviewsPerReviewerPerHour measured throughput of one reviewer (mean over the reviewers who decided
 *     something in the window); 0 when nobody decided anything in the window
 * @param approvedUnchangedRate share of human decisions that approved the draft as it was
 */
public record CapacitySignals(
        Instant at,
        Map<Priority, PriorityLoad> perPriority,
        int activeReviewers,
        int minimumStaffing,
        double reviewsPerReviewerPerHour,
        double approvedUnchangedRate) {

    public CapacitySignals {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(perPriority, "perPriority");
        EnumMap<Priority, PriorityLoad> complete = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            complete.put(priority, perPriority.getOrDefault(priority, PriorityLoad.EMPTY));
        }
        perPriority = Map.copyOf(complete);
        if (activeReviewers < 0 || minimumStaffing < 0) {
            throw new IllegalArgumentException("reviewer counts must not be negative");
        }
        if (!(reviewsPerReviewerPerHour >= 0) || Double.isInfinite(reviewsPerReviewerPerHour)) {
            throw new IllegalArgumentException("reviewsPerReviewerPerHour must be finite and ≥ 0");
        }
    }

    /** Tasks waiting for a reviewer, all priorities. */
    public long depth() {
        return perPriority.values().stream().mapToLong(PriorityLoad::depth).sum();
    }

    /** Arrivals per minute, all priorities. */
    public double arrivalsPerMinute() {
        return perPriority.values().stream()
                .mapToDouble(PriorityLoad::arrivalsPerMinute)
                .sum();
    }

    /**
     * Reviews per hour the people on duty can decide: active reviewers × measured throughput, or ×
     * {@code assumedPerReviewerPerHour} when nobody decided anything in the window (a quiet queue
     * measures nothing).
     */
    public double capacityPerHour(double assumedPerReviewerPerHour) {
        double perReviewer = reviewsPerReviewerPerHour > 0 ? reviewsPerReviewerPerHour : assumedPerReviewerPerHour;
        return activeReviewers * perReviewer;
    }

    /**
     * The load of one priority.
     *
     * @param depth tasks waiting for a reviewer
     * @param oldestAgeSeconds age of the oldest waiting task (0 when none)
     * @param arrivalsPerMinute review tasks arriving per minute
     * @param completionsPerMinute review tasks finished per minute
     */
    public record PriorityLoad(
            long depth, long oldestAgeSeconds, double arrivalsPerMinute, double completionsPerMinute) {

        public static final PriorityLoad EMPTY = new PriorityLoad(0, 0, 0, 0);

        public PriorityLoad {
            if (depth < 0 || oldestAgeSeconds < 0 || arrivalsPerMinute < 0 || completionsPerMinute < 0) {
                throw new IllegalArgumentException("loads must not be negative");
            }
        }
    }
}
