package com.mangaassist.common.jobs;

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
 * Runs periodic jobs, each every its interval (first after one interval), and each run only while this
 * instance holds the job's lease on {@link SingleRunner}: a lease of three intervals, capped at one interval
 * plus an hour (so a weekly job whose instance died is taken over after a week and an hour, not three
 * weeks), renewed by every run. A failed run is counted as {@code <failureMeter>{job}}, logged, and the
 * schedule goes on (a scheduled task that throws would never run again).
 */
public final class PeriodicJobs implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobs.class);
    private static final Duration LEASE_SLACK = Duration.ofHours(1);

    /** One periodic job: its lease name, interval and work. */
    public record Job(String name, Duration interval, Runnable work) {

        /** The lease a run takes: three intervals, at most one interval and an hour. */
        public Duration lease() {
            Duration three = interval.multipliedBy(3);
            Duration capped = interval.plus(LEASE_SLACK);
            return three.compareTo(capped) < 0 ? three : capped;
        }
    }

    private final String threadName;
    private final String failureMeter;
    private final List<Job> jobs;
    private final SingleRunner runner;
    private final MeterRegistry meters;
    private ScheduledExecutorService executor;

    public PeriodicJobs(
            String threadName, String failureMeter, List<Job> jobs, SingleRunner runner, MeterRegistry meters) {
        this.threadName = threadName;
        this.failureMeter = failureMeter;
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
            Thread thread = new Thread(r, threadName);
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

    /** One run of {@code job}, if this instance holds (or takes) its lease. */
    public void run(Job job) {
        try {
            if (runner.acquire(job.name(), job.lease())) {
                job.work().run();
            }
        } catch (RuntimeException e) {
            meters.counter(failureMeter, "job", job.name()).increment();
            LOG.error("periodic job {} failed", job.name(), e);
        }
    }
}
