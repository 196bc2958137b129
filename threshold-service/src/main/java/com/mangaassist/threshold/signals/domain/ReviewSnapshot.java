package com.mangaassist.threshold.signals.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one review-queue-service instance reported in one stats refresh: the parts of its {@code QueueStats}
 * the threshold service uses. Depths and ages come from the shared task index (the same on every
 * instance, up to when they were read); rates and per-reviewer throughput cover only this instance's window.
 *
 * @param instanceId the publishing instance
 * @param at when the snapshot was taken
 * @param perPriority waiting depth, oldest age and this instance's arrival and completion rates per
 *     priority (a priority left out counts as {@link PriorityLoad#EMPTY})
 * @param activeReviewers reviewers checked in with a recent heartbeat
 * @param minimumStaffing the staffing minimum in force
 * @param throughputPerReviewerPerHour decisions per hour of each reviewer who decided something in this
 *     instance's window
 * @param approvedUnchangedRate share of human decisions that approved the draft as it was, in [0, 1]
 */
public record ReviewSnapshot(
        String instanceId,
        Instant at,
        Map<Priority, PriorityLoad> perPriority,
        int activeReviewers,
        int minimumStaffing,
        Map<String, Double> throughputPerReviewerPerHour,
        double approvedUnchangedRate) {

    public ReviewSnapshot {
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("instanceId must not be blank");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(perPriority, "perPriority");
        Objects.requireNonNull(throughputPerReviewerPerHour, "throughputPerReviewerPerHour");
        EnumMap<Priority, PriorityLoad> complete = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            complete.put(priority, Objects.requireNonNull(perPriority.getOrDefault(priority, PriorityLoad.EMPTY)));
        }
        perPriority = Map.copyOf(complete);
        if (activeReviewers < 0 || minimumStaffing < 0) {
            throw new IllegalArgumentException("reviewer counts must not be negative");
        }
        throughputPerReviewerPerHour.forEach((reviewer, perHour) -> {
            if (reviewer == null || perHour == null || !(perHour >= 0) || perHour.isInfinite()) {
                throw new IllegalArgumentException(
                        "throughput per reviewer must be finite and ≥ 0: " + reviewer + "=" + perHour);
            }
        });
        throughputPerReviewerPerHour = Map.copyOf(throughputPerReviewerPerHour);
        if (!(approvedUnchangedRate >= 0 && approvedUnchangedRate <= 1)) {
            throw new IllegalArgumentException("approvedUnchangedRate must be in [0, 1]: " + approvedUnchangedRate);
        }
    }
}
