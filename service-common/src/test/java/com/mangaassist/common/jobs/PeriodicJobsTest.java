package com.mangaassist.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicJobsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aJobRunsOnlyWhileThisInstanceHoldsItsLease() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger leaseAsked = new AtomicInteger();
        PeriodicJobs.Job job = new PeriodicJobs.Job("anomalies", Duration.ofMinutes(15), runs::incrementAndGet);
        PeriodicJobs jobs = new PeriodicJobs(
                "test-jobs",
                "test.job.failures",
                List.of(job),
                (name, ttl) -> {
                    assertThat(ttl).isEqualTo(Duration.ofMinutes(45));
                    return leaseAsked.incrementAndGet() == 1;
                },
                meters);

        jobs.run(job);
        jobs.run(job);

        assertThat(runs).hasValue(1);
        assertThat(leaseAsked).hasValue(2);
    }

    @Test
    void aWeeklyJobsLeaseIsAWeekAndAnHourNotThreeWeeks() {
        PeriodicJobs.Job weekly = new PeriodicJobs.Job("prompt-improvement", Duration.ofDays(7), () -> {});

        assertThat(weekly.lease()).isEqualTo(Duration.ofDays(7).plusHours(1));
    }

    @Test
    void aFailedRunIsCountedPerJobAndTheNextRunHappens() {
        AtomicInteger attempts = new AtomicInteger();
        PeriodicJobs.Job job = new PeriodicJobs.Job("canary", Duration.ofMinutes(10), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("messages table unreachable");
        });
        PeriodicJobs jobs =
                new PeriodicJobs("test-jobs", "test.job.failures", List.of(job), (name, ttl) -> true, meters);

        jobs.run(job);
        jobs.run(job);

        assertThat(attempts).hasValue(2);
        assertThat(meters.counter("test.job.failures", "job", "canary").count()).isEqualTo(2.0);
    }
}
