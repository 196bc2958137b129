package com.mangaassist.feedback.provenance.adapter.in.scheduling;

import com.mangaassist.feedback.jobs.application.SingleRunner;
import com.mangaassist.feedback.provenance.application.JudgeReport;
import com.mangaassist.feedback.provenance.application.JudgeReputations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Judges reputations every {@code interval}, only while this instance holds the job's lease (three intervals
 * long, renewed on every run). Counts {@code mangaassist.feedback.reputation.judged{by=reviewer|majority|none}}
 * and failures as {@code mangaassist.feedback.job.failures{job=reputation}}.
 */
public final class ReputationJobs implements SmartLifecycle {

    static final String JOB = "reputation";
    private static final Logger LOG = LoggerFactory.getLogger(ReputationJobs.class);

    private final JudgeReputations judge;
    private final SingleRunner runner;
    private final MeterRegistry meters;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public ReputationJobs(JudgeReputations judge, SingleRunner runner, MeterRegistry meters, Duration interval) {
        this.judge = judge;
        this.runner = runner;
        this.meters = meters;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "reputation-judging");
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
            if (runner.acquire(JOB, interval.multipliedBy(3))) {
                JudgeReport report = judge.run();
                meters.counter("mangaassist.feedback.reputation.judged", "by", "reviewer")
                        .increment(report.byReviewer());
                meters.counter("mangaassist.feedback.reputation.judged", "by", "majority")
                        .increment(report.byMajority());
                meters.counter("mangaassist.feedback.reputation.judged", "by", "none")
                        .increment(report.notJudged());
            }
        } catch (RuntimeException e) {
            meters.counter("mangaassist.feedback.job.failures", "job", JOB).increment();
            LOG.error("feedback job {} failed", JOB, e);
        }
    }
}
