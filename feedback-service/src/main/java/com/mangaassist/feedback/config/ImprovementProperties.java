package com.mangaassist.feedback.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Prompt-improvement and reputation-judging settings ({@code mangaassist.feedback.improvement.*}): the prompt
 * improved, the feedback window, when a topic gets guidance, the weekly schedule, and the reputation job.
 */
@Validated
@ConfigurationProperties("mangaassist.feedback.improvement")
public record ImprovementProperties(
        @NotBlank String promptId,
        @NotNull Duration window,
        @Min(1) @Max(10_000) int minSignals,
        @DecimalMin("0.01") @DecimalMax("1.0") double targetSatisfaction,
        @Min(0) @Max(10) int maxExamples,
        @NotNull @Valid Schedule schedule,
        @NotNull @Valid Reputation reputation) {

    /** Whether the job runs on its own, and how often. */
    public record Schedule(boolean enabled, @NotNull Duration interval) {}

    /** Whether reputations are judged on a schedule, how often, and over which window of signals. */
    public record Reputation(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration window) {}
}
