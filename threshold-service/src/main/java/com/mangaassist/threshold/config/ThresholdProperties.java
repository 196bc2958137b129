package com.mangaassist.threshold.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the threshold service ({@code mangaassist.threshold.*}); defaults and meanings in
 * {@code application.yml} and docs/THRESHOLDS.md. Validated at start: a service with a broken breaker or
 * canary setting does not start.
 *
 * @param seedDefaults store the built-in defaults as version 1 of categories with no item, at start
 * @param channels the orchestrators' invalidation channels
 * @param categoryOwners category code → user ids who own it (approve its threshold changes)
 * @param paging where pages go
 * @param changeControl canaries, evaluation and the breaker
 * @param jobs whether this instance runs the periodic jobs (evaluation, breaker, protection)
 */
@Validated
@ConfigurationProperties("mangaassist.threshold")
public record ThresholdProperties(
        boolean seedDefaults,
        @NotNull @Valid Channels channels,
        @NotNull Map<String, List<String>> categoryOwners,
        @NotNull @Valid Paging paging,
        @NotNull @Valid ChangeControl changeControl,
        @NotNull @Valid Jobs jobs,
        @NotNull @Valid Runbooks runbooks,
        @NotNull @Valid Protection protection,
        @NotNull @Valid Drift drift) {

    /** How often the thresholds items are compared with the versions this service wrote (docs/THRESHOLDS.md, drift). */
    public record Drift(@NotNull Duration interval) {

        public Drift {
            if (interval != null
                    && (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.compareTo(Duration.ofHours(1)) > 0)) {
                throw new IllegalArgumentException(
                        "mangaassist.threshold.drift.interval must be in [1s, 1h]: " + interval);
            }
        }
    }

    public record Channels(
            @NotBlank String thresholds, @NotBlank String prompts) {}

    /** {@code pager}: recorded (in memory, logged) or sns (needs {@code topicArn}). */
    public record Paging(
            @NotNull @Pattern(regexp = "recorded|sns") String pager, String topicArn) {}

    public record ChangeControl(
            @DecimalMin("0.01") @DecimalMax("100") double defaultCanaryPercent,
            @NotNull Duration thresholdCanary,
            @NotNull Duration promptCanary,
            @DecimalMin("0.0") @DecimalMax("0.5") double tolerance,
            @Min(1) long minimumTurns,
            @Min(1) long minimumFeedback,
            @NotNull Duration knownGoodAfter,
            @NotNull Duration evaluationInterval,
            @NotNull @Valid Breaker breaker) {}

    public record Breaker(
            @DecimalMin("0.01") @DecimalMax("0.99") double rate,
            @NotNull Duration sustain,
            @NotNull Duration window,
            @Min(1) long minimumTurns,
            @NotNull Duration watchAfterChange,
            @NotNull Duration interval) {}

    public record Jobs(boolean enabled) {}

    public record Runbooks(@NotNull Duration resultRetention) {}

    /**
     * Self-protection: the review signals it reads, the backpressure policy and the peak-hours profile.
     *
     * @param signalsMaxAge a review-queue snapshot older than this is ignored (60 s)
     * @param assumedReviewsPerReviewerPerHour throughput used when none was measured (a quiet queue)
     * @param forecastHorizon how far ahead the queue forecast looks (30 min)
     */
    public record Protection(
            @NotNull Duration signalsMaxAge,
            @DecimalMin("1") double assumedReviewsPerReviewerPerHour,
            @NotNull Duration forecastHorizon,
            @NotNull @Valid Backpressure backpressure,
            @NotNull @Valid Profile profile) {}

    /**
     * @param overrideTtl an override lives this long after the last run that confirmed it (2 min)
     * @param staffingHold how long the last step down waits for the reviewers on duty before a raise (30 min)
     */
    public record Backpressure(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration overrideTtl,
            @Min(1) long elevatedAbove,
            @Min(2) long criticalAbove,
            @Min(0) long restoreAtOrBelow,
            @Min(0) long criticalRestoreAtOrBelow,
            boolean actOnForecast,
            @NotNull @Valid Step elevated,
            @NotNull @Valid Step critical,
            @NotNull Duration staffingHold) {}

    public record Step(
            @DecimalMin("0.01") @DecimalMax("1.0") double amount,
            @DecimalMin("0.0") @DecimalMax("1.0") double floor) {}

    /** The peak window ({@code start} inclusive, {@code end} exclusive, in {@code zone}) and its minimums. */
    public record Profile(
            boolean enabled,
            @NotNull Duration interval,
            @NotBlank String zone,
            @NotBlank String start,
            @NotBlank String end,
            @NotNull Map<String, Double> autoRespondMin) {}
}
