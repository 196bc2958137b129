package com.mangaassist.systemtests;

import com.mangaassist.localaws.LocalAwsEndpoints;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts the whole suite on the local stack, prints where to chat, where
 * each service, the token endpoint and the mail outbox are, and runs until Ctrl-C.
 */
public final class SuiteLauncher {

    private SuiteLauncher() {}

    public static void main(String[] args) throws InterruptedException {
        long begin = System.nanoTime();
        Path root = Path.of(System.getProperty("mangaassist.root", "."))
                .toAbsolutePath()
                .normalize();
        Path logDir = root.resolve(".local-run");
        System.out.println("Starting MangaAssist on the local stack (logs in " + logDir + ") ...");
        // OpenSearch keeps its data under .local-run, so the full catalog is indexed on the first run only.
        RunningSuite suite =
                RunningSuite.start(root, logDir, new RunningSuite.Options(logDir.resolve("opensearch"), 0));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("\nStopping the suite ...");
                            suite.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "suite-shutdown"));
        LocalAwsEndpoints stack = suite.stack();
        StringBuilder out = new StringBuilder();
        out.append("\nMangaAssist is ready in ")
                .append((System.nanoTime() - begin) / 1_000_000)
                .append(" ms (launcher pid ")
                .append(ManagementFactory.getRuntimeMXBean().getPid())
                .append(")\n\n");
        out.append("  Chat (WebSocket)      ").append(stack.gatewayWebSocket()).append("?token=<customer token>\n");
        out.append("  Token endpoint        POST ").append(stack.issuer()).append("/local/token\n");
        out.append("  Mail outbox           ")
                .append(stack.ses())
                .append("/local/outbox  (HTML: /local/outbox.html)\n");
        suite.services()
                .forEach((service, uri) -> out.append(String.format(
                        "  %-21s %s  (health /actuator/health, API docs /v3/api-docs)%n", service.module(), uri)));
        out.append("\n  Every endpoint but health needs a bearer token from the token endpoint (see README).\n");
        out.append("  Press Ctrl-C to stop everything.\n");
        System.out.println(out);
        stopped.await();
    }
}
