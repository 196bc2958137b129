package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.BacklogReplay.Phase;
import com.mangaassist.systemtests.BacklogReplay.Sample;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Runbook scenario 1 ("reviewers vanish at peak") replayed end to end, twice: five reviewers work the queue
 * over the reviewer API while customers ask at a steady rate through the gateway; at the peak three of them
 * check out at once (60 % of the capacity gone) and come back 70 s later. First with a threshold-service
 * instance of the test's own whose backpressure is on, then with the shared one (backpressure off; the instance
 * is killed in between and its overrides are gone). The mix is mostly VIP customers' order-status questions
 * (P1; confidence 0.78–0.79, under order_status's auto-respond 0.88 and at or above its ELEVATED relaxation)
 * and refunds (P1, never relaxed), plus a complaint, a legal question, an ordinary order-status question, a
 * low-band recommendation (P4) and a general question. Prints both runs side by side (and each run's timeline
 * and the backpressure audit trail) and checks the claims: backpressure stepped in and never touched
 * refund, complaint or legal; P1 fared better with it; aged P3/P4 went out with the disclaimer; every customer
 * got exactly one final answer; the relaxation was held while the reviewers were away and given back, through
 * the policy, once they were back.
 *
 * <p>A P1 task breaches its SLA when no person decided it within 60 s: the suite's workflow gives up at 30 s
 * (300 s in production) and delivers the unreviewed draft with the disclaimer, so a P1 timeout counts as a
 * breach. The 30 s timeout also caps the queue at about 30 s of arrivals, so the backpressure bounds are a
 * fifth of production's (10/20/4/10 waiting tasks instead of 50/100/20/50), the forecast looks 1 minute ahead
 * instead of 30 and the staffing hold lasts 2 minutes instead of 30.
 */
class ReviewBacklogSystemTest {

    static final int REVIEWERS = 5;

    static final BacklogReplay.Settings SETTINGS = new BacklogReplay.Settings(
            1.05,
            Duration.ofSeconds(10),
            Duration.ofSeconds(70),
            Duration.ofSeconds(15),
            3,
            Duration.ofSeconds(4),
            Duration.ofSeconds(2),
            SuiteFixture.REVIEW_TIMEOUT.plusSeconds(45));

    /** The instance with backpressure on: scenario 1's policy with the suite's time scale. */
    static final String[] BACKPRESSURE_INSTANCE = {
        "--mangaassist.threshold.protection.backpressure.enabled=true",
        "--mangaassist.threshold.protection.backpressure.interval=2s",
        "--mangaassist.threshold.protection.backpressure.override-ttl=30s",
        "--mangaassist.threshold.protection.backpressure.elevated-above=10",
        "--mangaassist.threshold.protection.backpressure.critical-above=20",
        "--mangaassist.threshold.protection.backpressure.restore-at-or-below=4",
        "--mangaassist.threshold.protection.backpressure.critical-restore-at-or-below=10",
        // a minute ahead: the 1-minute review window counts every task in flight as growth while the traffic ramps
        // up from nothing, which three minutes ahead would already read as ELEVATED
        "--mangaassist.threshold.protection.forecast-horizon=1m",
        "--mangaassist.threshold.protection.signals-max-age=10s",
        // longer than the gap: the last step down waits for the reviewers (30 min in production)
        "--mangaassist.threshold.protection.backpressure.staffing-hold=2m",
        // a reviewer here reads a task in 4 s
        "--mangaassist.threshold.protection.assumed-reviews-per-reviewer-per-hour=900"
    };

    private static final RunningSuite suite = SuiteFixture.suite();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final PrintStream out = System.out;

    private static DynamoDbClient dynamoDb;
    private static ScheduledExecutorService reviewerScheduler;
    private static final List<CustomerSocket> customers = new ArrayList<>();

    @BeforeAll
    static void open() {
        dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb());
        reviewerScheduler = Executors.newScheduledThreadPool(REVIEWERS + 1);
    }

    @AfterAll
    static void close() {
        customers.forEach(CustomerSocket::close);
        reviewerScheduler.shutdownNow();
        dynamoDb.close();
    }

    @Test
    void backpressureKeepsP1InHandWhenReviewersVanishAtPeakNeverRelaxesProtectedTopicsAndRestoresWhenTheyReturn() {
        Instant testStart = Instant.now();
        CompletableFuture<RunningSuite.Instance> starting = CompletableFuture.supplyAsync(
                () -> suite.startInstance(ServiceModule.THRESHOLD, "backpressure-" + RUN, BACKPRESSURE_INSTANCE));

        StaffClient thresholds = staff(suite.service(ServiceModule.THRESHOLD), "oncall-s1-" + RUN);
        StaffClient reviewOncall = staff(suite.service(ServiceModule.REVIEW_QUEUE), "oncall-s1q-" + RUN);
        List<CustomerSocket> vips = customers("vip", 15, true);
        List<CustomerSocket> regulars = customers("regular", 6, false);
        List<PacedReviewer> reviewers = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String id = "s1-reviewer-" + RUN + "-" + i;
            reviewers.add(new PacedReviewer(
                    id,
                    new StaffClient(
                            suite.service(ServiceModule.REVIEW_QUEUE),
                            Tokens.mint(suite.stack().issuer(), id, List.of("reviewer"))),
                    SETTINGS.readingTime(),
                    reviewerScheduler,
                    Clock.systemUTC()));
        }
        assertThat(overridesInForce(thresholds))
                .as("no override before the replay")
                .isEmpty();
        BacklogReplay replay = new BacklogReplay(
                suite, dynamoDb, SETTINGS, reviewers, vips, regulars, reviewOncall, thresholds, out, Clock.systemUTC());
        int cleared = replay.clearRoster();

        BacklogRun with;
        RunningSuite.Instance instance = starting.join();
        try {
            StaffClient levels = staff(instance.uri(), "oncall-s1b-" + RUN);
            with = replay.run(
                    "with",
                    levels,
                    samples -> !samples.isEmpty()
                            && samples.get(samples.size() - 1).level().equals("NONE")
                            && restored(thresholds),
                    Duration.ofSeconds(120));
        } finally {
            replay.endShift();
            instance.kill();
        }
        // nothing may be left relaxed for the run without backpressure (nor for later tests)
        await().atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> overridesInForce(thresholds).isEmpty());
        List<JsonNode> audit = backpressureAudit(thresholds, testStart);
        out.printf("(on-call checked out %d reviewers left checked in by earlier tests)%n", cleared);

        BacklogRun without = replay.run(
                "without",
                staff(suite.service(ServiceModule.THRESHOLD), "oncall-s1a-" + RUN),
                samples -> true,
                Duration.ZERO);
        replay.endShift();
        report(List.of(without, with), audit);
        // later tests read the review signals too: scenario 3 counts every reviewer's throughput, so
        // ThresholdChangeSystemTest waits, when it runs within the review service's 1-minute window of this or any
        // other test's decisions, until the stored signals name no reviewer

        // backpressure stepped in when the reviewers left, through the policy, and only where it may
        assertThat(BacklogRun.levelRank(with.maxLevel()))
                .as("backpressure level reached: %s", with.levelChanges())
                .isGreaterThanOrEqualTo(1);
        assertThat(audit)
                .as("a raise audited after the reviewers left at %s", with.reviewersLeftAt())
                .anyMatch(e -> e.get("action").asString().matches("backpressure:(elevated|critical)")
                        && Instant.parse(e.get("at").asString()).isAfter(with.reviewersLeftAt()));
        assertThat(audit.stream()
                        .filter(e ->
                                BacklogRun.PROTECTED.contains(e.get("category").asString())))
                .as("no backpressure entry for refund, complaint or legal")
                .isEmpty();
        assertThat(with.protectedViolations())
                .as("refund, complaint and legal kept their active thresholds throughout")
                .isEmpty();
        assertThat(with.protectedTurnsUnderOverride()).isEmpty();
        assertThat(without.protectedTurnsUnderOverride()).isEmpty();
        assertThat(without.autoRespondedUnderOverride()).isZero();
        assertThat(with.autoRespondedUnderOverride())
                .as("VIP order-status questions answered at once under the relaxation")
                .isGreaterThan(0);
        assertThat(with.tasks().size())
                .as("review arrivals with backpressure vs without")
                .isLessThan(without.tasks().size() * 8 / 10);

        // P1 fares better with it, and the scenario hurts P1 without it
        assertThat(without.breaches("P1"))
                .as("P1 tasks past their SLA without backpressure")
                .isPositive();
        assertThat(with.breachRate("P1"))
                .as("P1 SLA breach rate with backpressure ≤ without")
                .isLessThanOrEqualTo(without.breachRate("P1") + 0.02);
        assertThat(BacklogRun.percentile(with.waitsMillis("P1"), 90))
                .as("P1 p90 wait with backpressure vs without (ms)")
                .isLessThan(BacklogRun.percentile(without.waitsMillis("P1"), 90) * 3 / 4);

        // nobody is left without an answer, nobody gets two; aged P3/P4 went out with the disclaimer
        for (BacklogRun run : List.of(with, without)) {
            assertThat(run.unrecorded())
                    .as(run.label() + ": turns the orchestrator did not record")
                    .isZero();
            assertThat(run.withoutResponse())
                    .as(run.label() + ": left without a response")
                    .isEmpty();
            assertThat(run.withSeveralResponses())
                    .as(run.label() + ": several final answers")
                    .isEmpty();
            assertThat(run.unreviewedLowPriority())
                    .as(run.label() + ": aged P3/P4 delivered with the disclaimer")
                    .allMatch(BacklogRun::deliveredWithDisclaimer);
        }
        assertThat(without.unreviewedLowPriority())
                .as("without backpressure some P3/P4 aged out")
                .isNotEmpty();

        // the relaxation was not given back while the reviewers were away (the queue it drained is no sign they
        // are back), and came back once they were, with the traffic still flowing, through the policy
        Instant firstRaise = audit.stream()
                .filter(e -> e.get("action").asString().matches("backpressure:(elevated|critical)")
                        && Instant.parse(e.get("at").asString()).isAfter(with.reviewersLeftAt()))
                .map(e -> Instant.parse(e.get("at").asString()))
                .min(Instant::compareTo)
                .orElseThrow();
        assertThat(audit)
                .as(
                        "no step back to NONE between the first raise and the reviewers' return at %s",
                        with.reviewersBackAt())
                .noneMatch(e -> e.get("action").asString().equals("backpressure:none")
                        && Instant.parse(e.get("at").asString()).isAfter(firstRaise)
                        && Instant.parse(e.get("at").asString()).isBefore(with.reviewersBackAt()));
        assertThat(with.samples())
                .as("level NONE and every category at its active thresholds after the reviewers' return")
                .anyMatch(s -> s.phase() == Phase.RECOVERY && s.level().equals("NONE") && s.thresholdsAtActive());
        assertThat(with.events()).anyMatch(e -> e.contains("settled"));
        assertThat(audit).anyMatch(e -> e.get("action").asString().equals("backpressure:none"));
        assertThat(overridesInForce(thresholds)).isEmpty();
    }

    // --- setup

    private static StaffClient staff(java.net.URI service, String user) {
        return new StaffClient(service, Tokens.mint(suite.stack().issuer(), user, List.of("oncall")));
    }

    private static List<CustomerSocket> customers(String kind, int count, boolean vip) {
        List<CustomerSocket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = "s1-" + kind + "-" + RUN + "-" + i;
            if (vip) {
                dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(
                                suite.stack().prefix()))
                        .item(Map.of("user_id", AttributeValue.fromS(user), "vip", AttributeValue.fromBool(true))));
            }
            CustomerSocket socket = CustomerSocket.connect(
                    suite.stack().gatewayWebSocket(), Tokens.mint(suite.stack().issuer(), user, List.of("customer")));
            sockets.add(socket);
            customers.add(socket);
        }
        return sockets;
    }

    // --- thresholds and audit

    /** Every override in force, as "category id". */
    private static List<String> overridesInForce(StaffClient thresholds) {
        List<String> found = new ArrayList<>();
        for (JsonNode category : thresholds.get("/api/thresholds").body()) {
            for (JsonNode override : category.path("overrides")) {
                found.add(category.get("category").asString() + " "
                        + override.get("id").asString());
            }
        }
        return found;
    }

    /** No override in force anywhere and every category's effective thresholds are its active ones. */
    private static boolean restored(StaffClient thresholds) {
        for (JsonNode category : thresholds.get("/api/thresholds").body()) {
            if (!category.path("overrides").isEmpty()
                    || !category.path("effective")
                            .equals(category.path("active").path("thresholds"))) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> backpressureAudit(StaffClient thresholds, Instant since) {
        List<JsonNode> entries = new ArrayList<>();
        for (String category : List.of("order_status", "general", "refund", "complaint", "legal")) {
            JsonNode trail = thresholds
                    .get("/api/audit?limit=1000&category=" + category + "&since=" + since)
                    .body();
            for (JsonNode entry : trail) {
                if (entry.path("action").asString().startsWith("backpressure:")) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    // --- report

    /** The runs side by side, then each run's timeline, then the audit trail. */
    private static void report(List<BacklogRun> runs, List<JsonNode> audit) {
        out.println();
        out.printf(
                "== Scenario 1 replay: %d reviewers, %d check out at the peak (%.0f %% of capacity) for %ss, "
                        + "%.2f questions/s, reading time %ss ==%n",
                REVIEWERS,
                SETTINGS.leaving(),
                100.0 * SETTINGS.leaving() / REVIEWERS,
                SETTINGS.peak().toSeconds(),
                SETTINGS.questionsPerSecond(),
                SETTINGS.readingTime().toSeconds());
        row(runs, "", r -> r.label() + " backpressure");
        row(runs, "questions", r -> Long.toString(r.questions()));
        row(runs, "answered at once (auto)", r -> Long.toString(r.autoResponded()));
        row(runs, "  of which under a BACKPRESSURE override", r -> Long.toString(r.autoRespondedUnderOverride()));
        row(runs, "review tasks (arrivals)", r -> Long.toString(r.tasks().size()));
        row(runs, "  per priority", r -> r.tasksPerPriority().toString());
        row(
                runs,
                "P1 tasks / SLA breached (60 s; timeout = breach)",
                r -> r.tasks("P1").size() + " / " + r.breaches("P1")
                        + String.format(" (%.0f %%)", 100 * r.breachRate("P1")));
        row(runs, "P1 wait to decision p50/p90/max s", r -> waits(r.waitsMillis("P1")));
        row(runs, "P1 customer wait to answer p50/p90/max s", r -> waits(r.customerWaitsMillis("P1")));
        for (String priority : List.of("P1", "P2", "P3", "P4")) {
            row(runs, priority + " end states", r -> r.taskStatuses(priority).toString());
        }
        row(
                runs,
                "P3/P4 aged out / with the disclaimer",
                r -> r.unreviewedLowPriority().size() + " / "
                        + r.unreviewedLowPriority().stream()
                                .filter(BacklogRun::deliveredWithDisclaimer)
                                .count());
        row(runs, "final answers by type", r -> r.finalsByType().toString());
        row(
                runs,
                "left without response / several answers",
                r -> r.withoutResponse().size() + " / "
                        + r.withSeveralResponses().size());
        row(
                runs,
                "reviewer decisions by HTTP status",
                r -> r.reviewerDecisionStatuses().toString());
        row(
                runs,
                "queue depth max / mean at peak",
                r -> r.maxDepth() + String.format(" / %.1f", r.meanDepth(Phase.PEAK)));
        row(runs, "backpressure level max", BacklogRun::maxLevel);
        row(
                runs,
                "reviewers away / back at (UTC)",
                r -> clockTime(r.reviewersLeftAt()) + " / " + clockTime(r.reviewersBackAt()));
        out.println();
        for (BacklogRun run : runs) {
            // the shared instance's forecast (30-minute horizon, backpressure off) is not what the policy saw
            boolean watched = run.label().equals("with");
            out.println("-- " + run.label() + " backpressure: timeline (depth P1/P2/P3/P4, active reviewers, level, "
                    + "forecast depth 1 min ahead, order_status effective auto-respond minimum)");
            run.events().forEach(e -> out.println("   " + e));
            Sample previous = null;
            for (Sample s : run.samples()) {
                if (previous == null
                        || s.second() - previous.second() >= 5.9
                        || !s.level().equals(previous.level())) {
                    out.printf(
                            "   %5.0fs %-8s depth %3d (%d/%d/%d/%d) reviewers %d  %-8s forecast %4s  order_status %.2f%n",
                            s.second(),
                            s.phase(),
                            s.depth(),
                            s.depthPerPriority().get("P1"),
                            s.depthPerPriority().get("P2"),
                            s.depthPerPriority().get("P3"),
                            s.depthPerPriority().get("P4"),
                            s.activeReviewers(),
                            s.level(),
                            watched ? Long.toString(s.forecastDepth()) : "-",
                            s.orderStatusAutoRespondMin());
                    previous = s;
                }
            }
            out.println("   level changes: " + run.levelChanges());
        }
        runs.get(runs.size() - 1).reviewerFailures().stream()
                .limit(5)
                .forEach(f -> out.println("   reviewer call failure: " + f));
        out.println("-- backpressure audit (threshold-service):");
        audit.forEach(e -> out.printf(
                "   %s %-22s %-13s %s%n",
                e.path("at").asString(),
                e.path("action").asString(),
                e.path("category").asString(),
                e.path("summary").asString()));
        out.println();
    }

    private static String clockTime(Instant at) {
        return at == null
                ? "?"
                : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString()
                        .substring(11, 19);
    }

    private static String waits(List<Long> sortedMillis) {
        if (sortedMillis.isEmpty()) {
            return "-";
        }
        return String.format(
                "%.1f / %.1f / %.1f",
                BacklogRun.percentile(sortedMillis, 50) / 1000.0,
                BacklogRun.percentile(sortedMillis, 90) / 1000.0,
                sortedMillis.get(sortedMillis.size() - 1) / 1000.0);
    }

    private static void row(List<BacklogRun> runs, String name, Function<BacklogRun, String> value) {
        StringBuilder line = new StringBuilder(String.format("%-50s", name));
        runs.forEach(r -> line.append(String.format(" %-36s", value.apply(r))));
        out.println(line.toString().stripTrailing());
    }
}
