package com.mangaassist.delivery.promise.adapter.in.schedule;

import com.mangaassist.delivery.promise.application.DeliveryMetrics;
import com.mangaassist.delivery.promise.application.WatchdogScan;
import com.mangaassist.delivery.promise.domain.FailureKind;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link WatchdogScan} every {@code interval}; a failed run is an error and the next run still comes. */
public final class WatchdogSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WatchdogSchedule.class);

    private final WatchdogScan scan;
    private final DeliveryMetrics metrics;
    private final Duration initialDelay;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public WatchdogSchedule(WatchdogScan scan, DeliveryMetrics metrics, Duration initialDelay, Duration interval) {
        this.scan = scan;
        this.metrics = metrics;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "delivery-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                this::runOnce, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            scan.run()
                    .ifPresent(report -> log.info(
                            "watchdog: {} overdue, {} kept late, {} heartbeats, {} failed, {} skipped",
                            report.overdue(),
                            report.keptLate(),
                            report.heartbeats(),
                            report.failed(),
                            report.skipped()));
        } catch (RuntimeException e) {
            // a thrown exception would cancel every later run of a ScheduledExecutorService
            metrics.error(FailureKind.UNKNOWN);
            log.error("watchdog run failed", e);
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
