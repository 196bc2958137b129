package com.mangaassist.systemtests;

import com.mangaassist.model.routing.Priority;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/** The running suite shared by every system test of this JVM; started on first use, stopped at exit. */
final class SuiteFixture {

    /** Review workflow timeout for every priority in the system tests (300 s in production). */
    static final Duration REVIEW_TIMEOUT = Duration.ofSeconds(30);

    /** A reviewer's lease in the system tests (90 s in production). */
    static final Duration REVIEW_LEASE = Duration.ofSeconds(3);

    /** How often the orchestrator writes its turn statistics in the system tests (10 s in production). */
    static final Duration TURN_STATS_FLUSH = Duration.ofSeconds(2);

    /** How long the escalation breaker waits in the system tests (10 minutes in production). */
    static final Duration BREAKER_SUSTAIN = Duration.ofSeconds(20);

    private static RunningSuite suite;

    private SuiteFixture() {}

    static synchronized RunningSuite suite() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("mangaassist.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            // a temporary OpenSearch and the first 1,500 catalog rows (every title the tests ask about)
            RunningSuite.Options options = new RunningSuite.Options(null, 1500)
                    .withArguments(ServiceModule.ORCHESTRATOR, orchestratorArguments())
                    .withArguments(
                            ServiceModule.THRESHOLD,
                            // the shared suite never relaxes by itself: tests that want backpressure or the
                            // peak profile start their own threshold-service instance with them on
                            "--mangaassist.threshold.protection.backpressure.enabled=false",
                            "--mangaassist.threshold.protection.profile.enabled=false",
                            // scenario 3 in seconds instead of minutes
                            "--mangaassist.threshold.change-control.evaluation-interval=2s",
                            "--mangaassist.threshold.change-control.breaker.interval=2s",
                            "--mangaassist.threshold.change-control.breaker.window=15s",
                            "--mangaassist.threshold.change-control.breaker.sustain=" + BREAKER_SUSTAIN.toSeconds()
                                    + "s",
                            "--mangaassist.threshold.change-control.breaker.minimum-turns=5")
                    .withArguments(
                            ServiceModule.REVIEW_QUEUE,
                            "--mangaassist.review.lease.duration=" + REVIEW_LEASE.toSeconds() + "s",
                            // below a third of the workflow's HeartbeatSeconds (min(60 s, timeout))
                            "--mangaassist.review.jobs.heartbeat-interval=5s",
                            "--mangaassist.review.jobs.sweep-interval=1s");
            RunningSuite started = RunningSuite.start(root, root.resolve("system-tests/target/suite-logs"), options);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "suite-stop"));
            suite = started;
        }
        return suite;
    }

    private static String[] orchestratorArguments() {
        return Stream.concat(
                        Arrays.stream(Priority.values())
                                .map(p -> "--mangaassist.followup.workflow-timeout." + p + "="
                                        + REVIEW_TIMEOUT.toSeconds() + "s"),
                        // routed turns reach threshold-service's canary evaluation and breaker within 2 s
                        Stream.of("--mangaassist.turn-stats.flush-interval=" + TURN_STATS_FLUSH.toSeconds() + "s"))
                .toArray(String[]::new);
    }
}
