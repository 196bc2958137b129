package com.mangaassist.feedback.improvement.adapter.in.scheduling;

import com.mangaassist.feedback.improvement.application.ImprovePrompt;
import com.mangaassist.feedback.jobs.application.SingleRunner;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the prompt-improvement job every {@code interval} (first run one interval after start), only while
 * this instance holds the job's lease (one interval long). Failures are counted as {@code
 * mangaassist.feedback.job.failures{job=prompt-improvement}} and logged.
 */
public final class ImprovementJobs implements SmartLifecycle {

    static final String JOB = "prompt-improvement";
    private static final Logger LOG = LoggerFactory.getLogger(ImprovementJobs.class);

    private final ImprovePrompt improve;
    private final SingleRunner runner;
    private final MeterRegistry meters;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public ImprovementJobs(ImprovePrompt improve, SingleRunner runner, MeterRegistry meters, Duration interval) {
        this.improve = improve;
        this.runner = runner;
        this.meters = meters;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "prompt-improvement");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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

    void runOnce() {
        try {
            if (runner.acquire(JOB, interval)) {
                improve.run("scheduler");
            }
        } catch (RuntimeException e) {
            meters.counter("mangaassist.feedback.job.failures", "job", JOB).increment();
            LOG.error("feedback job {} failed", JOB, e);
        }
    }
}
