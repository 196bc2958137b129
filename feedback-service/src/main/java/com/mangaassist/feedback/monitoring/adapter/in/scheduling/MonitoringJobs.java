package com.mangaassist.feedback.monitoring.adapter.in.scheduling;

import com.mangaassist.feedback.jobs.application.SingleRunner;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the monitors' jobs (anomaly detection, quality gate, canary) each every its interval, first after
 * one interval, only while this instance holds the job's lease (three intervals long, renewed on every
 * run). A failed run is counted as {@code mangaassist.feedback.job.failures{job}} and the schedule goes on.
 */
public final class MonitoringJobs implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringJobs.class);

    /** One periodic job: its lease name, interval and work. */
    public record Job(String name, Duration interval, Runnable work) {}

    private final List<Job> jobs;
    private final SingleRunner runner;
    private final MeterRegistry meters;
    private ScheduledExecutorService executor;

    public MonitoringJobs(List<Job> jobs, SingleRunner runner, MeterRegistry meters) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        if (jobs.isEmpty()) {
            return;
        }
        executor = Executors.newScheduledThreadPool(Math.min(jobs.size(), 3), r -> {
            Thread thread = new Thread(r, "feedback-monitoring");
            thread.setDaemon(true);
            return thread;
        });
        for (Job job : jobs) {
            long millis = job.interval().toMillis();
            executor.scheduleWithFixedDelay(() -> run(job), millis, millis, TimeUnit.MILLISECONDS);
        }
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

    void run(Job job) {
        try {
            if (runner.acquire(job.name(), job.interval().multipliedBy(3))) {
                job.work().run();
            }
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: count, log, keep the schedule
            meters.counter("mangaassist.feedback.job.failures", "job", job.name())
                    .increment();
            LOG.error("feedback monitoring job {} failed", job.name(), e);
        }
    }
}
