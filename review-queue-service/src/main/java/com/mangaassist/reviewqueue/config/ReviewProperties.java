package com.mangaassist.reviewqueue.config;

import com.mangaassist.model.routing.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the review queue ({@code mangaassist.review.*}); defaults in {@code application.yml},
 * meaning in docs/REVIEW-QUEUE.md.
 */
@Validated
@ConfigurationProperties("mangaassist.review")
public record ReviewProperties(
        @NotNull Map<Priority, Duration> sla,
        @NotNull @Valid Lease lease,
        @NotNull @Valid AutoDeliver autoDeliver,
        @NotNull @Valid Intake intake,
        @NotNull @Valid Jobs jobs,
        @NotNull @Valid Presence presence,
        @NotNull @Valid Stats stats,
        @NotNull @Valid Paging paging,
        @NotNull @Valid BulkApprove bulkApprove) {

    /** Claims: {@code duration} without renewal; after {@code maxReassignments} expiries the senior pool. */
    public record Lease(
            @NotNull Duration duration, @Min(1) @Max(20) int maxReassignments) {}

    /** Waiting tasks of {@code priorities} older than {@code age} are delivered unreviewed, with the disclaimer. */
    public record AutoDeliver(
            boolean enabled, @NotNull Duration age, @NotNull Set<Priority> priorities) {}

    /** The queue consumers: long-poll wait (1-20 s). */
    public record Intake(boolean enabled, @NotNull Duration waitTime) {}

    /**
     * Periodic single-runner jobs: workflow heartbeats every {@code heartbeatInterval} (a third of the
     * workflow's HeartbeatSeconds or less), lease/timeout/auto-delivery sweeps every {@code sweepInterval}.
     */
    public record Jobs(
            boolean enabled,
            @NotNull Duration heartbeatInterval,
            @NotNull Duration sweepInterval) {}

    /**
     * Reviewer presence: active = checked in with a heartbeat within {@code activeWithin}; at least {@code
     * peakMinimum} active in {@code peakStart}-{@code peakEnd} of {@code zone}, else {@code offPeakMinimum}.
     */
    public record Presence(
            @NotNull Duration activeWithin,
            @NotBlank String zone,
            @NotNull LocalTime peakStart,
            @NotNull LocalTime peakEnd,
            @Min(0) @Max(1000) int peakMinimum,
            @Min(0) @Max(1000) int offPeakMinimum) {}

    /**
     * Rates and breach shares are computed over the last {@code window}; gauges refresh every {@code refresh},
     * and every refresh publishes the snapshot to {@code review-signals}, where it expires {@code signalTtl}
     * after it was taken (longer than {@code refresh}).
     */
    public record Stats(
            @NotNull Duration window,
            @NotNull Duration refresh,
            @NotNull Duration signalTtl) {

        public Stats {
            if (refresh != null && signalTtl != null && signalTtl.compareTo(refresh) <= 0) {
                throw new IllegalArgumentException("mangaassist.review.stats.signal-ttl (" + signalTtl
                        + ") must be longer than mangaassist.review.stats.refresh (" + refresh + ")");
            }
        }
    }

    /** {@code pager}: {@code recorded} (locally: kept in memory, shown at /api/oncall/pages) or {@code sns}. */
    public record Paging(@NotBlank String pager, String topicArn) {}

    /** The bulk-approve runbook: never below {@code minimumConfidence}, only topics of {@code safeTopics}. */
    public record BulkApprove(
            @DecimalMin("0.0") @DecimalMax("1.0") double minimumConfidence,
            @NotNull List<String> safeTopics,
            @Min(1) @Max(10_000) int maxTasks) {}
}
