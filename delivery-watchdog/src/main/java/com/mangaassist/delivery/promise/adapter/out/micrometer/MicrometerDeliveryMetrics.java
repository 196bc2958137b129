package com.mangaassist.delivery.promise.adapter.out.micrometer;

import com.mangaassist.delivery.promise.application.DeliveryMetrics;
import com.mangaassist.delivery.promise.domain.DeliveryChannel;
import com.mangaassist.delivery.promise.domain.FailureKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The delivery meters. {@code mangaassist.delivery.undelivered} feeds the {@code UndeliveredResponses}
 * alarm, {@code mangaassist.delivery.errors} the {@code TimeoutHandlerErrors} alarm (docs/DELIVERY.md).
 */
public final class MicrometerDeliveryMetrics implements DeliveryMetrics {

    public static final String UNDELIVERED = "mangaassist.delivery.undelivered";
    public static final String PENDING = "mangaassist.delivery.pending";
    public static final String OLDEST_PENDING_AGE = "mangaassist.delivery.oldest.pending.age";
    public static final String ERRORS = "mangaassist.delivery.errors";
    public static final String DELIVERED = "mangaassist.delivery.delivered";
    public static final String FALLBACKS = "mangaassist.delivery.fallbacks";
    public static final String DUPLICATE_SKIPS = "mangaassist.delivery.duplicate.skips";
    public static final String HEARTBEATS = "mangaassist.delivery.heartbeats";
    public static final String INBOX_DRAINED = "mangaassist.delivery.inbox.drained";
    public static final String WATCHDOG_RUN = "mangaassist.delivery.watchdog.run";

    private final MeterRegistry registry;
    private final AtomicLong undelivered = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public MicrometerDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(UNDELIVERED, undelivered, AtomicLong::get)
                .description("PENDING promises past their due time at the last watchdog scan")
                .register(registry);
        Gauge.builder(PENDING, pending, AtomicLong::get)
                .description("PENDING promises at the last watchdog scan")
                .register(registry);
        Gauge.builder(OLDEST_PENDING_AGE, oldestPendingSeconds, AtomicLong::get)
                .baseUnit("seconds")
                .description("age of the oldest PENDING promise at the last watchdog scan")
                .register(registry);
        for (FailureKind kind : FailureKind.values()) {
            errors(kind);
        }
        // registered now, not at the first run: the WatchdogHeartbeatMissing alarm must see a zero count
        // from a watchdog that never ran, not an absent metric
        watchdogRuns();
    }

    @Override
    public void delivered() {
        Counter.builder(DELIVERED).register(registry).increment();
    }

    @Override
    public void fallback(DeliveryChannel channel) {
        Counter.builder(FALLBACKS)
                .tag("channel", channel.code())
                .register(registry)
                .increment();
    }

    @Override
    public void error(FailureKind kind) {
        errors(kind).increment();
    }

    private Counter errors(FailureKind kind) {
        return Counter.builder(ERRORS)
                .tag("kind", kind.tag())
                .description("delivery failures that were not retried away (alarm TimeoutHandlerErrors > 0)")
                .register(registry);
    }

    @Override
    public void duplicateSkipped(String reason) {
        Counter.builder(DUPLICATE_SKIPS)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void heartbeatSent() {
        Counter.builder(HEARTBEATS).register(registry).increment();
    }

    @Override
    public void inboxItemDrained() {
        Counter.builder(INBOX_DRAINED).register(registry).increment();
    }

    @Override
    public void pendingSnapshot(int overdue, int pendingCount, Duration oldestPendingAge) {
        undelivered.set(overdue);
        pending.set(pendingCount);
        oldestPendingSeconds.set(oldestPendingAge.toSeconds());
    }

    @Override
    public void watchdogRun(Duration duration) {
        watchdogRuns().record(duration);
    }

    private Timer watchdogRuns() {
        return Timer.builder(WATCHDOG_RUN)
                .description("finished watchdog scans (alarm WatchdogHeartbeatMissing: none in 5 minutes)")
                .register(registry);
    }
}
