package com.mangaassist.reviewqueue.stats.adapter.in.metrics;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.stats.application.QueueStatistics;
import com.mangaassist.reviewqueue.stats.application.SignalPublishException;
import com.mangaassist.reviewqueue.stats.application.SignalPublisher;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the stats snapshot as gauges, refreshed every {@code refresh} (scrapes never query DynamoDB),
 * hands every fresh snapshot to the {@link SignalPublisher} (the threshold service's capacity input) and
 * pages the on-call when active reviewers drop below the minimum (once per drop). A snapshot that cannot
 * be published is logged at WARN and counted in {@code mangaassist.review.signals.publish.failures}; the
 * gauges and the staffing page do not depend on it.
 *
 * <p>Gauges: {@code mangaassist.review.queue.depth{priority}}, {@code ...queue.claimed{priority}}, {@code
 * ...queue.oldest.age.seconds{priority}}, {@code ...sla.breach.rate{priority}}, {@code ...queue.depth.total}
 * (every priority: the ReviewQueueDepth-Critical alarm), {@code
 * ...arrivals.per.minute}, {@code ...completions.per.minute}, {@code ...reviewers.active}, {@code
 * ...reviewers.minimum}, {@code ...throughput.per.reviewer.per.hour} (mean over reviewers who completed
 * something), {@code ...approved.unchanged.rate}.
 */
public final class QueueMetrics implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(QueueMetrics.class);
    private static final String PREFIX = "mangaassist.review.";

    private final QueueStatistics statistics;
    private final Pager pager;
    private final Clock clock;
    private final Duration refresh;
    private final SignalPublisher signals;
    private final Counter refreshFailures;
    private final Counter publishFailures;
    private final AtomicReference<QueueStats> latest = new AtomicReference<>();
    private boolean wasBelowMinimum;
    private ScheduledExecutorService executor;

    public QueueMetrics(
            QueueStatistics statistics,
            SignalPublisher signals,
            Pager pager,
            MeterRegistry meters,
            Clock clock,
            Duration refresh) {
        this.statistics = statistics;
        this.signals = signals;
        this.pager = pager;
        this.clock = clock;
        this.refresh = refresh;
        this.refreshFailures = meters.counter(PREFIX + "stats.refresh.failures");
        this.publishFailures = meters.counter(PREFIX + "signals.publish.failures");
        for (Priority priority : Priority.values()) {
            perPriority(meters, "queue.depth", priority, s -> s.depth());
            perPriority(meters, "queue.claimed", priority, s -> s.claimed());
            perPriority(meters, "queue.oldest.age.seconds", priority, s -> s.oldestAgeSeconds());
            perPriority(meters, "sla.breach.rate", priority, s -> s.slaBreachRate());
        }
        gauge(meters, "queue.depth.total", QueueStats::depth);
        gauge(meters, "arrivals.per.minute", QueueStats::arrivalsPerMinute);
        gauge(meters, "completions.per.minute", QueueStats::completionsPerMinute);
        gauge(meters, "reviewers.active", QueueStats::activeReviewers);
        gauge(meters, "reviewers.minimum", QueueStats::minimumStaffing);
        gauge(
                meters,
                "throughput.per.reviewer.per.hour",
                s -> s.throughputPerReviewerPerHour().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElse(0));
        gauge(meters, "approved.unchanged.rate", QueueStats::approvedUnchangedRate);
    }

    /** Computes a fresh snapshot, shows it in the gauges, publishes it and pages on a staffing drop. */
    public synchronized QueueStats refresh() {
        QueueStats stats = statistics.snapshot();
        latest.set(stats);
        publish(stats);
        if (stats.belowMinimumStaffing() && !wasBelowMinimum) {
            pager.page(new Page(
                    "Review staffing below minimum",
                    stats.activeReviewers() + " active reviewers, at least " + stats.minimumStaffing()
                            + " needed now; queue depth " + stats.depth() + ". Page backup reviewers.",
                    clock.instant()));
        }
        wasBelowMinimum = stats.belowMinimumStaffing();
        return stats;
    }

    private void publish(QueueStats stats) {
        try {
            signals.publish(stats);
        } catch (SignalPublishException e) {
            // the threshold service treats a missing or stale snapshot as "no signal": refresh goes on
            publishFailures.increment();
            LOG.warn("review signals not published: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "review-metrics");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        refresh();
                    } catch (RuntimeException e) {
                        // a scheduled task that throws is never run again: count, log, keep refreshing
                        refreshFailures.increment();
                        LOG.error("review stats refresh failed", e);
                    }
                },
                0,
                refresh.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void perPriority(
            MeterRegistry meters, String name, Priority priority, ToDoubleFunction<QueueStats.PriorityStats> value) {
        Gauge.builder(PREFIX + name, latest, ref -> {
                    QueueStats stats = ref.get();
                    return stats == null
                            ? Double.NaN
                            : value.applyAsDouble(stats.perPriority().get(priority));
                })
                .tag("priority", priority.name())
                .register(meters);
    }

    private void gauge(MeterRegistry meters, String name, ToDoubleFunction<QueueStats> value) {
        Gauge.builder(PREFIX + name, latest, ref -> {
                    QueueStats stats = ref.get();
                    return stats == null ? Double.NaN : value.applyAsDouble(stats);
                })
                .register(meters);
    }
}
