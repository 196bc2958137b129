package com.mangaassist.systemtests;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.systemtests.gameday.SuiteEndpoints;
import java.lang.management.ManagementFactory;
import java.net.URI;
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
        // The quick start: the first start embeds the catalog in the background (keyword search works from the start,
        // semantic search fills in; the orchestrator's health shows how far), and every start after the first maps
        // the class data sharing archives the services wrote when they last stopped.
        RunningSuite suite = RunningSuite.start(
                root, logDir, new RunningSuite.Options(logDir.resolve("opensearch"), 0).withQuickStart());
        CountDownLatch stopped = new CountDownLatch(1);
        // where the suite is, for ./game-day in another terminal; gone when the suite stops
        Path state = logDir.resolve("suite.json");
        SuiteEndpoints.of(suite).write(state);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("\nStopping the suite ...");
                            try {
                                java.nio.file.Files.deleteIfExists(state);
                            } catch (java.io.IOException e) {
                                System.out.println("could not remove " + state + ": " + e.getMessage());
                            }
                            suite.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "suite-shutdown"));
        LocalAwsEndpoints stack = suite.stack();
        StringBuilder out = new StringBuilder();
        out.append("\nChat was ready after ")
                .append((suite.chatReadyNanos() - begin) / 1_000_000)
                .append(" ms; MangaAssist is ready in ")
                .append((System.nanoTime() - begin) / 1_000_000)
                .append(" ms (launcher pid ")
                .append(ManagementFactory.getRuntimeMXBean().getPid())
                .append(")\n\n");
        URI console = suite.service(ServiceModule.CONSOLE);
        out.append("  Console (browser)     ")
                .append(console)
                .append("/  sign in (local only) as any user and roles: reviewer desk, agent desk, on-call,\n")
                .append("                        ML lead, and a customer chat page (docs/CONSOLE.md)\n");
        out.append("  Chat (WebSocket)      ").append(stack.gatewayWebSocket()).append("?token=<customer token>\n");
        out.append("  Token endpoint        POST ").append(stack.issuer()).append("/local/token\n");
        out.append("  Mail outbox           ")
                .append(stack.ses())
                .append("/local/outbox  (HTML: /local/outbox.html)\n");
        suite.services().entrySet().stream()
                .filter(service -> service.getKey() != ServiceModule.CONSOLE)
                .forEach(service -> out.append(String.format(
                        "  %-21s %s  (health /actuator/health, API docs /v3/api-docs)%n",
                        service.getKey().module(), service.getValue())));
        URI reviews = suite.service(ServiceModule.REVIEW_QUEUE);
        URI deliveries = suite.service(ServiceModule.DELIVERY_WATCHDOG);
        URI feedback = suite.service(ServiceModule.FEEDBACK);
        URI thresholds = suite.service(ServiceModule.THRESHOLD);
        out.append("\n  Customers (role customer)\n");
        out.append("    rate an answer        POST ").append(feedback).append("/api/feedback  (docs/FEEDBACK.md)\n");
        out.append("\n  Reviewers (role reviewer / senior-reviewer)\n");
        out.append("    check in              POST ").append(reviews).append("/api/reviewers/me/check-in\n");
        out.append("    queue, next, decide   ").append(reviews).append("/api/reviews  (docs/API.md)\n");
        out.append("    live handoffs         ").append(reviews).append("/api/handoffs\n");
        out.append("  On-call (role oncall)\n");
        out.append("    queue signals         ").append(reviews).append("/api/reviews/stats, /api/reviewers\n");
        out.append("    pages sent            ").append(reviews).append("/api/oncall/pages\n");
        out.append("    review runbooks       POST ")
                .append(reviews)
                .append("/api/runbook/reviews/…  (docs/REVIEW-QUEUE.md)\n");
        out.append("    delivery runbooks     POST ")
                .append(deliveries)
                .append("/api/runbook/deliveries/{retry,apologies}  (docs/DELIVERY.md)\n");
        out.append("    feedback quality      ")
                .append(feedback)
                .append("/api/feedback/quality, /api/feedback/anomalies?refresh=true\n");
        out.append("    feedback runbooks     POST ")
                .append(feedback)
                .append("/api/runbook/feedback/{quarantine,backfill,improvement/freeze}\n");
        out.append("    threshold runbooks    POST ")
                .append(thresholds)
                .append("/api/runbook/thresholds/{emergency-relaxation,revert}, /api/runbook/prompts/rollback\n");
        out.append("    queue forecast        ").append(thresholds).append("/api/capacity/forecast\n");
        out.append("    metrics               /actuator/metrics on every service\n");
        out.append("    game days             ./game-day --scenario 1..5  (docs/GAME-DAYS.md; endpoints in ")
                .append(state)
                .append(")\n");
        out.append("  ML leads (role ml-lead)\n");
        out.append("    feedback aggregates   ").append(feedback).append("/api/feedback/aggregates\n");
        out.append("    prompt proposals      ").append(feedback).append("/api/feedback/improvement/{run,proposals}\n");
        out.append("  Any staff: thresholds and change control (docs/THRESHOLDS.md)\n");
        out.append("    in force, history     ").append(thresholds).append("/api/thresholds, /api/audit\n");
        out.append("    simulate, propose     POST ")
                .append(thresholds)
                .append("/api/simulations/thresholds, /api/change-requests\n");
        out.append("    approve (ml-lead or category owner)  POST ")
                .append(thresholds)
                .append("/api/change-requests/{id}/approve\n");

        if (suite.catalogStillBuilding()) {
            out.append(
                            "\n  First start: the catalog answers by keyword now; its embeddings for semantic search are being\n")
                    .append("  computed in the background (a minute or two; progress in ")
                    .append(logDir.resolve("catalog-index.log"))
                    .append(
                            " and, with an on-call\n  token, under components.catalog of the orchestrator's /actuator/health).\n");
        }
        out.append("\n  Every endpoint but health needs a bearer token from the token endpoint (see README).\n");
        out.append("  Press Ctrl-C to stop everything.\n");
        System.out.println(out);
        stopped.await();
    }
}
