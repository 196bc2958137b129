package com.mangaassist.feedback.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Monitoring settings ({@code mangaassist.feedback.monitoring.*}); defaults in {@code application.yml}.
 * Validated at start: a monitor with a broken threshold does not start.
 */
@Validated
@ConfigurationProperties("mangaassist.feedback.monitoring")
public record MonitoringProperties(
        @NotNull @Valid Paging paging,
        @NotNull @Valid Anomalies anomalies,
        @NotNull @Valid Quality quality,
        @NotNull @Valid Canary canary,
        @NotNull @Valid Aggregates aggregates,
        @Min(1) @Max(1000) int pageSize) {

    /** {@code pager}: recorded (in memory, logged) or sns (needs {@code topicArn}). */
    public record Paging(
            @NotNull @Pattern(regexp = "recorded|sns") String pager, String topicArn) {}

    /** Scenario 2's detection: schedule, window, and the detectors' thresholds. */
    public record Anomalies(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration window,
            @Min(2) int minSignals,
            @DecimalMin("0.1") double deviations,
            @Min(1) int minNegatives,
            @DecimalMin("1.0") double concentrationFactor,
            @Min(3) int minTimingSignals,
            @DecimalMin("0.01") @DecimalMax("1.0") double maxTimingCv) {}

    /** Scenario 5's gate: schedule, windows and thresholds. */
    public record Quality(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration recentWindow,
            @NotNull Duration satisfactionWindow,
            @NotNull Duration sampleWindow,
            @DecimalMin("0.0") @DecimalMax("1.0") double maxTopicDistance,
            @DecimalMin("0.0") @DecimalMax("1.0") double minJoinRate,
            @DecimalMin("0.0") @DecimalMax("1.0") double maxSatisfactionChange,
            @Min(1) int minTopicSignals,
            @Min(1) @Max(100_000) int sampleSize,
            @Min(1) int minSample) {}

    /** The canary's schedule and how long its synthetic messages live. */
    public record Canary(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration ttl) {}

    /** Aggregate periods: default and longest, in days. */
    public record Aggregates(
            @Min(1) int defaultDays, @Min(1) @Max(366) int maxDays) {}
}
