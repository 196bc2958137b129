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

    /** How often review-queue-service publishes its queue signals in the system tests (15 s in production). */
    static final Duration REVIEW_STATS_REFRESH = Duration.ofSeconds(2);

    /** Waiting P3/P4 reviews older than this are delivered with the disclaimer (5 min in production). */
    static final Duration AUTO_DELIVER_AGE = Duration.ofSeconds(20);

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
                            "--mangaassist.review.jobs.sweep-interval=1s",
                            // queue signals for threshold-service's backpressure in seconds (15 s, 5 min in
                            // production): ReviewBacklogSystemTest replays scenario 1 in about a minute
                            "--mangaassist.review.stats.refresh=" + REVIEW_STATS_REFRESH.toSeconds() + "s",
                            "--mangaassist.review.stats.window=1m",
                            // aged P3/P4 go out with the disclaimer before the 30 s workflow timeout (5 min and
                            // 300 s in production)
                            "--mangaassist.review.auto-deliver.age=" + AUTO_DELIVER_AGE.toSeconds() + "s");
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
                        Stream.of(
                                // a promise falls due soon after the workflow's 30 s timeout (5 min = the 300 s
                                // timeout in production), so the watchdog and its PromisesOverdue alarm act in seconds
                                "--mangaassist.followup.promise-due="
                                        + REVIEW_TIMEOUT.plusSeconds(15).toSeconds() + "s",
                                // a thresholds item written past threshold-service (the scenario 3 game day) is read
                                // within 20 s (5 min in production)
                                "--mangaassist.routing.cache-ttl=20s",
                                // routed turns reach threshold-service's canary evaluation and breaker within 2 s
                                "--mangaassist.turn-stats.flush-interval=" + TURN_STATS_FLUSH.toSeconds() + "s",
                                // confidences stay the prior model's for the whole suite: the tests' own review
                                // decisions would otherwise refit them every 10 minutes under tests that depend on them
                                "--mangaassist.confidence.refresh-interval=24h"))
                .toArray(String[]::new);
    }
}
