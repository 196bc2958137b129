package com.mangaassist.systemtests;

import java.nio.file.Path;

/** The running suite shared by every system test of this JVM; started on first use, stopped at exit. */
final class SuiteFixture {

    private static RunningSuite suite;

    private SuiteFixture() {}

    static synchronized RunningSuite suite() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("mangaassist.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            // a temporary OpenSearch and the first 1,500 catalog rows (every title the tests ask about)
            RunningSuite started = RunningSuite.start(
                    root, root.resolve("system-tests/target/suite-logs"), new RunningSuite.Options(null, 1500));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "suite-stop"));
            suite = started;
        }
        return suite;
    }
}
