package com.mangaassist.systemtests;

import com.mangaassist.model.routing.Priority;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** The running suite shared by every system test of this JVM; started on first use, stopped at exit. */
final class SuiteFixture {

    /** Review workflow timeout for every priority in the system tests (300 s in production). */
    static final Duration REVIEW_TIMEOUT = Duration.ofSeconds(30);

    /** A reviewer's lease in the system tests (90 s in production). */
    static final Duration REVIEW_LEASE = Duration.ofSeconds(3);

    private static RunningSuite suite;

    private SuiteFixture() {}

    static synchronized RunningSuite suite() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("mangaassist.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            // a temporary OpenSearch and the first 1,500 catalog rows (every title the tests ask about)
            RunningSuite.Options options = new RunningSuite.Options(null, 1500)
                    .withArguments(ServiceModule.ORCHESTRATOR, reviewTimeouts())
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

    private static String[] reviewTimeouts() {
        return Arrays.stream(Priority.values())
                .map(p -> "--mangaassist.followup.workflow-timeout." + p + "=" + REVIEW_TIMEOUT.toSeconds() + "s")
                .toArray(String[]::new);
    }
}
