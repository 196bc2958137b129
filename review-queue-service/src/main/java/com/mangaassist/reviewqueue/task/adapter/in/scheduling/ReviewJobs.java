package com.mangaassist.reviewqueue.task.adapter.in.scheduling;

import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.reviewqueue.task.application.QueueSweeps;
import com.mangaassist.reviewqueue.task.application.SweepReport;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sweeps every {@code sweepInterval} and the workflow heartbeats at start and then every {@code
 * heartbeatInterval},
 * each only while this instance holds the job's lease (three intervals long, renewed on every run).
 * Counts what they did as {@code mangaassist.review.sweep.*}.
 */
public final class ReviewJobs implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewJobs.class);

    private final QueueSweeps sweeps;
    private final SingleRunner runner;
    private final MeterRegistry meters;
    private final Duration sweepInterval;
    private final Duration heartbeatInterval;
    private final boolean autoDeliver;
    private ScheduledExecutorService executor;

    public ReviewJobs(
            QueueSweeps sweeps,
            SingleRunner runner,
            MeterRegistry meters,
            Duration sweepInterval,
            Duration heartbeatInterval,
            boolean autoDeliver) {
        this.sweeps = sweeps;
        this.runner = runner;
        this.meters = meters;
        this.sweepInterval = sweepInterval;
        this.heartbeatInterval = heartbeatInterval;
        this.autoDeliver = autoDeliver;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "review-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::sweep, sweepInterval.toMillis(), sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::heartbeat, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
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

    void sweep() {
        run("sweeps", sweepInterval, () -> {
            record(sweeps.expireLeases());
            record(sweeps.timeOutOverdue(false));
            if (autoDeliver) {
                record(sweeps.autoDeliverAged(false));
            }
            return null;
        });
    }

    void heartbeat() {
        run("workflow-heartbeats", heartbeatInterval, () -> {
            record(sweeps.heartbeatOpenTasks());
            return null;
        });
    }

    private void run(String job, Duration interval, Supplier<Void> work) {
        try {
            if (runner.acquire(job, interval.multipliedBy(3))) {
                work.get();
            }
        } catch (RuntimeException e) {
            meters.counter("mangaassist.review.job.failures", "job", job).increment();
            LOG.error("review job {} failed", job, e);
        }
    }

    private void record(SweepReport report) {
        meters.counter("mangaassist.review.sweep.changed", "sweep", report.sweep())
                .increment(report.changed());
        if (report.failed() > 0) {
            meters.counter("mangaassist.review.sweep.failed", "sweep", report.sweep())
                    .increment(report.failed());
            LOG.error("{}: {} of {} tasks failed", report.sweep(), report.failed(), report.matched());
        }
    }
}
