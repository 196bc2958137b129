package com.mangaassist.feedback.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Intake settings ({@code mangaassist.feedback.*}); defaults in {@code application.yml}, meaning in
 * docs/FEEDBACK.md. Validated at start: a service with a broken limit does not start.
 */
@Validated
@ConfigurationProperties("mangaassist.feedback")
public record FeedbackProperties(
        @NotEmpty List<String> allowedTopics,
        @NotNull @Valid RateLimits rateLimits,
        @NotNull @Valid Corrections corrections,
        @NotNull @Valid Provenance provenance) {

    /** Signals per session and per account: {@code binary} per hour, {@code correction} and {@code preference} per day. */
    public record RateLimits(
            @NotNull @Valid Limit binary,
            @NotNull @Valid Limit correction,
            @NotNull @Valid Limit preference) {}

    /** {@code capacity} signals per {@code period}. */
    public record Limit(
            @Min(1) @Max(10_000) int capacity, @NotNull Duration period) {}

    /** Correction checks: length, competitor blocklist, the relatedness floor. */
    public record Corrections(
            @Min(1) @Max(100) int minChars,
            @Min(10) @Max(10_000) int maxChars,
            @NotNull List<String> competitorDomains,
            @NotNull List<String> competitorBrands,
            @DecimalMin("-1.0") @DecimalMax("1.0") double minRelatedness) {}

    /** The provenance table's weights and definitions (see ProvenancePolicy). */
    public record Provenance(
            double purchase,
            double noPurchase,
            @NotNull Duration establishedAge,
            double established,
            @NotNull Duration newAge,
            double newAccount,
            @Min(1) int lowRate,
            double lowRateWeight,
            @Min(1) int highRate,
            double highRateWeight,
            @Min(3) @Max(100) int timingSignals,
            @Min(2) @Max(99) int minIntervals,
            @DecimalMin("0.0") double uniformCv,
            double uniformWeight,
            @DecimalMin("0.0") double organicCv,
            double organicWeight,
            @DecimalMin("0.0") @DecimalMax("1.0") double reputationSpan,
            @DecimalMin("-1.0") @DecimalMax("1.0") double bar) {}

    Map<String, Limit> limitsByKind() {
        return Map.of(
                "BINARY",
                rateLimits.binary(),
                "CORRECTION",
                rateLimits.correction(),
                "PREFERENCE",
                rateLimits.preference());
    }
}
