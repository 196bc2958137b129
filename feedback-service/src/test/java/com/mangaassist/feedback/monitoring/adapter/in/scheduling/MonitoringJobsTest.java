package com.mangaassist.feedback.monitoring.adapter.in.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonitoringJobsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aJobRunsOnlyWhileThisInstanceHoldsItsLease() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger leaseAsked = new AtomicInteger();
        MonitoringJobs.Job job = new MonitoringJobs.Job("anomalies", Duration.ofMinutes(15), runs::incrementAndGet);
        MonitoringJobs jobs = new MonitoringJobs(
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
    void aFailedRunIsCountedPerJob() {
        MonitoringJobs.Job job = new MonitoringJobs.Job("canary", Duration.ofMinutes(10), () -> {
            throw new IllegalStateException("messages table unreachable");
        });
        MonitoringJobs jobs = new MonitoringJobs(List.of(job), (name, ttl) -> true, meters);

        jobs.run(job);

        assertThat(meters.counter("mangaassist.feedback.job.failures", "job", "canary")
                        .count())
                .isEqualTo(1.0);
    }
}
