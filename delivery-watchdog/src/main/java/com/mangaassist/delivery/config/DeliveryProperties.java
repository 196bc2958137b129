package com.mangaassist.delivery.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mangaassist.delivery.*}: the queue consumer, the retry of throttled posts, the watchdog, the
 * fallback email's sender and the runbooks' limits. Defaults in {@code application.yml}.
 */
@Validated
@ConfigurationProperties("mangaassist.delivery")
public record DeliveryProperties(
        @Valid @NotNull Queue queue,
        @Valid @NotNull Retry retry,
        @Valid @NotNull Watchdog watchdog,
        @Valid @NotNull Mail email,
        @Valid @NotNull Runbook runbook) {

    public DeliveryProperties {
        if (queue != null && watchdog != null && queue.claimLease().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("mangaassist.delivery.queue.claim-lease must be at least 1s");
        }
    }

    /**
     * @param enabled whether this instance consumes the deliveries queue
     * @param workers polling threads
     * @param batchSize messages per receive (1-10)
     * @param waitTime long-poll wait (0-20 s)
     * @param claimLease how long a claim on a promise lasts; shorter than the queue's visibility timeout
     */
    public record Queue(
            boolean enabled,
            @Min(1) @Max(32) int workers,
            @Min(1) @Max(10) int batchSize,
            @NotNull Duration waitTime,
            @NotNull Duration claimLease) {}

    /** Retry of throttled, 5xx and network failures: attempts in all, exponential backoff with jitter. */
    public record Retry(
            @Min(1) @Max(20) int maxAttempts,
            @NotNull Duration initialBackoff,
            @DecimalMin("1.0") double multiplier,
            @DecimalMin("0.0") @DecimalMax("0.99") double jitter,
            @NotNull Duration maxBackoff) {}

    /**
     * @param enabled whether this instance runs the scan (one runner at a time across instances anyway)
     * @param interval between scans (60 s)
     * @param initialDelay before the first scan
     * @param heartbeatInterval between heartbeats to a waiting customer (60 s)
     * @param lockAtMostFor how long a crashed runner keeps the lease
     * @param lockAtLeastFor the least time the lease is held after a scan
     */
    public record Watchdog(
            boolean enabled,
            @NotNull Duration interval,
            @NotNull Duration initialDelay,
            @NotNull Duration heartbeatInterval,
            @NotNull Duration lockAtMostFor,
            @NotNull Duration lockAtLeastFor) {}

    /** @param from sender of fallback emails */
    public record Mail(@NotBlank @Email String from) {}

    /** @param maxWindow the longest creation window retry accepts (24 h) */
    public record Runbook(@NotNull Duration maxWindow) {}
}
