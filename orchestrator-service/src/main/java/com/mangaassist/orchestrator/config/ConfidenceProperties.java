package com.mangaassist.orchestrator.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Calibration settings: outcomes of the last {@code window} (at most {@code maxSamples} per topic) are
 * used; a topic with fewer than {@code minimumSamples} keeps the prior; refit every {@code refreshInterval}.
 */
@Validated
@ConfigurationProperties("mangaassist.confidence")
public record ConfidenceProperties(
        @NotNull Duration window,
        @Min(10) @Max(100_000) int maxSamples,
        @Min(5) @Max(10_000) int minimumSamples,
        @NotNull Duration refreshInterval) {}
