package com.mangaassist.feedback.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Runbook settings ({@code mangaassist.feedback.runbooks.*}): records per backfill page, the longest backfill
 * window, and how long results are kept for idempotency keys.
 */
@Validated
@ConfigurationProperties("mangaassist.feedback.runbooks")
public record RunbookProperties(
        @Min(1) @Max(1000) int backfillPageSize,
        @NotNull Duration maxBackfillWindow,
        @NotNull Duration resultRetention) {}
