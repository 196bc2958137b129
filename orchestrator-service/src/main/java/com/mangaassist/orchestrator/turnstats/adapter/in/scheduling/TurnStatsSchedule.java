package com.mangaassist.orchestrator.turnstats.adapter.in.scheduling;

import com.mangaassist.orchestrator.turnstats.application.FlushReport;
import com.mangaassist.orchestrator.turnstats.application.FlushTurnStats;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Flushes the turn statistics every {@code interval} on every instance (no lease: each instance writes its
 * own counts, and the store adds them up), and once more when the service stops, after the web server
 * has stopped taking turns. A failed write is counted in {@value #FLUSH_FAILURES_METRIC} (its counts wait
 * for the next flush); statistics forgotten past their retention in {@value #FORGOTTEN_METRIC}.
 */
public final class TurnStatsSchedule implements SmartLifecycle {

    /** Counter of statistics writes that failed. */
    public static final String FLUSH_FAILURES_METRIC = "mangaassist.turnstats.flush.failures";

    /** Counter of turns whose decision counts were forgotten unwritten after the retention. */
    public static final String FORGOTTEN_METRIC = "mangaassist.turnstats.forgotten";

    /** Below the web server's phases, so this stops after it: the last turns are in the final flush. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(TurnStatsSchedule.class);

    private final FlushTurnStats flush;
    private final MeterRegistry meters;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public TurnStatsSchedule(FlushTurnStats flush, MeterRegistry meters, Duration interval) {
        this.flush = Objects.requireNonNull(flush, "flush");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "turn-stats-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::flushOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
        flushOnce();
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void flushOnce() {
        try {
            FlushReport report = flush.flush();
            if (report.failed() > 0) {
                meters.counter(FLUSH_FAILURES_METRIC).increment(report.failed());
                log.error(
                        "turn statistics: {} writes failed and wait for the next flush, {} written",
                        report.failed(),
                        report.written(),
                        report.firstFailure().orElse(null));
            }
            if (report.forgottenTurns() > 0) {
                meters.counter(FORGOTTEN_METRIC).increment(report.forgottenTurns());
                log.error("turn statistics: {} turns forgotten unwritten past the retention", report.forgottenTurns());
            }
        } catch (RuntimeException unexpected) {
            // a thrown exception would cancel every later run of a ScheduledExecutorService; the flush kept
            // what it could not write
            meters.counter(FLUSH_FAILURES_METRIC).increment();
            log.error("turn statistics flush failed", unexpected);
        }
    }
}
