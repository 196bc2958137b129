package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.systemtests.review.CustomerSocket;
import com.mangaassist.systemtests.review.StaffClient;
import com.mangaassist.systemtests.review.Tokens;
import com.mangaassist.systemtests.threshold.ThresholdSeeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runbook scenario 3 replayed end to end through the running suite: an engineer proposes raising every
 * catalog category's auto-respond minimum to 0.95; the simulation over a week of 1M messages a day shows
 * the escalation jump (12 % → 45 %) and the capacity breach (450K reviews a day against 150K); an ML lead
 * approves it anyway; customers in the canary cohort get the new thresholds through the real gateway and
 * orchestrator; their escalation rate trips the breaker, which withdraws the canary, pages on-call, and
 * the audit trail tells the story in order.
 */
class ThresholdChangeSystemTest {

    private static final List<TopicCategory> CATALOG = List.of(
            TopicCategory.GENERAL,
            TopicCategory.PRODUCT_INFO,
            TopicCategory.AVAILABILITY,
            TopicCategory.RARE_MANGA,
            TopicCategory.RECOMMENDATION,
            TopicCategory.ORDER_STATUS);

    /** Questions across the catalog categories, of mixed confidence. */
    private static final List<String> QUESTIONS = List.of(
            "Is One Piece in stock?",
            "Can you recommend a manga like Berserk?",
            "Who wrote Vagabond?",
            "What are your shipping options to Osaka?",
            "Do you have any rare first editions of Akira?",
            "ナルトの全巻セットはありますか？",
            "Is Chainsaw Man volume 12 available?",
            "What manga would you suggest for a beginner?",
            "How many volumes does Slam Dunk have?",
            "Do you sell gift cards?");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RunningSuite suite = SuiteFixture.suite();
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void clients() {
        dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb());
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    private static StaffClient staff(String user, String role) {
        return new StaffClient(
                suite.service(ServiceModule.THRESHOLD),
                Tokens.mint(suite.stack().issuer(), user, List.of(role)));
    }

    /**
     * The simulation's capacity is the seeded floor's reviewers times the mean throughput of every reviewer named in
     * the fresh review signals: any reviewer who decided in the review service's 1-minute window (the scenario 1
     * replay's at 900 reviews an hour, another test's at 60 an hour for its one decision) would be averaged with the
     * floor's 125 and the capacity would no longer be 150K a day. Waits until no stored snapshot names a reviewer (at
     * most the window and one 2 s refresh after the last decision); returns at once when none does.
     */
    private static void awaitNoReviewerInTheReviewSignals() {
        await().atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> dynamoDb
                        .scanPaginator(b -> b.tableName(Resources.REVIEW_SIGNALS.physicalName(
                                        suite.stack().prefix()))
                                .consistentRead(true))
                        .items()
                        .stream()
                        .map(item -> item.get(ReviewSignalAttributes.SNAPSHOT))
                        .filter(snapshot -> snapshot != null && snapshot.s() != null)
                        .allMatch(snapshot -> JSON.readTree(snapshot.s())
                                .path("throughputPerReviewerPerHour")
                                .isEmpty()));
    }

    @Test
    void aCarelessThresholdChangeIsFlaggedThenCaughtByTheBreakerAndTheTrailTellsTheStory() {
        awaitNoReviewerInTheReviewSignals();
        Instant started = Instant.now();
        ThresholdSeeds seeds = new ThresholdSeeds(dynamoDb, suite.stack().prefix());
        seeds.scenarioThreeHistory(CATALOG, 1_000_000, 168, started);
        // the review floor of the scenario: 50 reviewers deciding 125 reviews an hour each = 150K a day;
        // stamped ahead so it is the freshest snapshot while the proposal is simulated
        seeds.reviewCapacity("scenario-3-review-floor", 50, 125.0, started.plusSeconds(45));

        StaffClient engineer = staff("eng-scenario-3", "reviewer");
        StaffClient mlLead = staff("lead-scenario-3", "ml-lead");
        StaffClient oncall = staff("oncall-scenario-3", "oncall");
        Map<String, Object> changes = new LinkedHashMap<>();
        for (TopicCategory category : CATALOG) {
            changes.put(category.code(), Map.of("autoRespondMin", 0.95));
        }

        // 1. the proposal comes back with the impact it would have
        StaffClient.Reply proposed = engineer.post(
                "/api/change-requests",
                Map.of(
                        "kind",
                        "THRESHOLDS",
                        "changes",
                        changes,
                        "reason",
                        "too many wrong auto-answers: raise every category to 0.95",
                        "canaryPercent",
                        50));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        String id = proposed.body().get("changeRequestId").asString();
        JsonNode simulation = proposed.body().get("simulation");
        JsonNode before = simulation.get("before");
        JsonNode after = simulation.get("after");
        JsonNode capacity = simulation.get("capacity");
        System.out.printf(
                "scenario 3 simulation: escalation %.3f -> %.3f, reviews/day %.0f -> %.0f, capacity/day %.0f,"
                        + " utilisation %.2f -> %.2f, approved-unchanged share of reviews %.3f -> %.3f, warnings %s%n",
                before.get("escalationRate").asDouble(),
                after.get("escalationRate").asDouble(),
                before.get("reviewsPerDay").asDouble(),
                after.get("reviewsPerDay").asDouble(),
                capacity.get("capacityPerDay").asDouble(),
                capacity.get("utilisationBefore").asDouble(),
                capacity.get("utilisationAfter").asDouble(),
                before.get("approvedUnchangedShareOfReviews").asDouble(),
                after.get("approvedUnchangedShareOfReviews").asDouble(),
                simulation.get("warnings"));
        assertThat(before.get("escalationRate").asDouble()).isCloseTo(0.12, within(0.01));
        assertThat(after.get("escalationRate").asDouble()).isCloseTo(0.45, within(0.01));
        assertThat(before.get("reviewsPerDay").asDouble()).isCloseTo(120_000, within(4_000.0));
        assertThat(after.get("reviewsPerDay").asDouble()).isCloseTo(450_000, within(10_000.0));
        assertThat(capacity.get("capacityPerDay").asDouble()).isCloseTo(150_000, within(1.0));
        assertThat(capacity.get("exceedsCapacity").asBoolean()).isTrue();
        assertThat(simulation.get("warnings").toString()).containsIgnoringCase("capacity");
        assertThat(simulation.get("hourlyProfile")).hasSize(24);
        for (JsonNode hour : simulation.get("hourlyProfile")) {
            assertThat(hour.get("reviewsPerHourAfter").asDouble())
                    .isGreaterThan(hour.get("capacityPerHour").asDouble());
        }
        assertThat(simulation
                        .get("categories")
                        .valueStream()
                        .filter(c -> c.get("changed").asBoolean())
                        .map(c -> c.get("category").asString()))
                .containsExactlyInAnyOrder(
                        "GENERAL", "PRODUCT_INFO", "AVAILABILITY", "RARE_MANGA", "RECOMMENDATION", "ORDER_STATUS");

        // the same simulation end to end (HTTP, 1,008 stored histogram items read from DynamoDB): printed, not asserted
        long[] micros = new long[20];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            assertThat(engineer.post("/api/simulations/thresholds", Map.of("changes", changes))
                            .status())
                    .isEqualTo(200);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        java.util.Arrays.sort(micros);
        System.out.printf(
                "scenario 3 simulation over HTTP (20 calls): p50 %.1f ms, max %.1f ms%n",
                micros[micros.length / 2] / 1000.0, micros[micros.length - 1] / 1000.0);

        // 2. the proposer cannot approve it; an ML lead approves it anyway: the canary starts
        assertThat(staff("eng-scenario-3", "ml-lead")
                        .post("/api/change-requests/" + id + "/approve", Map.of())
                        .status())
                .isEqualTo(403);
        StaffClient.Reply approved =
                mlLead.post("/api/change-requests/" + id + "/approve", Map.of("note", "approved anyway"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("state").asString()).isEqualTo("CANARY");

        // 3. customers chat; half the sessions are in the canary cohort
        List<String> messageIds = new CopyOnWriteArrayList<>();
        List<CustomerSocket> sockets = new ArrayList<>();
        ScheduledExecutorService traffic = Executors.newScheduledThreadPool(2);
        AtomicInteger asked = new AtomicInteger();
        try {
            for (int c = 0; c < 12; c++) {
                CustomerSocket socket = CustomerSocket.connect(
                        suite.stack().gatewayWebSocket(),
                        Tokens.mint(suite.stack().issuer(), "u-s3-" + c, List.of("customer")));
                sockets.add(socket);
                int customer = c;
                traffic.scheduleAtFixedRate(
                        () -> {
                            int n = asked.incrementAndGet();
                            String clientId = "s3-" + customer + "-" + n;
                            socket.ask(clientId, QUESTIONS.get(n % QUESTIONS.size()), "en");
                            socket.awaitReplyTo(clientId, Duration.ofSeconds(20))
                                    .map(CustomerSocket.Received::messageId)
                                    .ifPresent(messageIds::add);
                        },
                        200L * c,
                        2_000,
                        TimeUnit.MILLISECONDS);
            }

            // 4. the breaker trips on the canary's escalation rate and withdraws it
            await().atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> "REVERTED"
                            .equals(engineer.get("/api/change-requests/" + id)
                                    .body()
                                    .get("state")
                                    .asString()));
        } finally {
            traffic.shutdownNow();
            sockets.forEach(CustomerSocket::close);
        }
        JsonNode reverted = engineer.get("/api/change-requests/" + id).body();
        System.out.println("scenario 3 evaluation: " + reverted.get("evaluation"));
        assertThat(reverted.get("evaluation").get("verdict").asString()).isEqualTo("REVERT");
        assertThat(reverted.get("evaluation").get("reason").asString()).startsWith("breaker: escalation");
        for (JsonNode category : engineer.get("/api/thresholds").body()) {
            assertThat(category.get("canary").isNull()).as(category.toString()).isTrue();
            if (CATALOG.stream()
                    .anyMatch(c -> c.code().equals(category.get("category").asString()))) {
                assertThat(category.get("active").get("changeRequestId").asString())
                        .isNotEqualTo(id);
            }
        }
        assertThat(oncall.get("/api/oncall/pages").body().toString()).contains("escalation breaker");

        // 5. the canary really reached customers, and only its cohort
        Map<String, Integer> routed = new TreeMap<>();
        for (String messageId : messageIds) {
            Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(Resources.MESSAGES.physicalName(
                                    suite.stack().prefix()))
                            .key(Map.of("message_id", AttributeValue.fromS(messageId)))
                            .consistentRead(true))
                    .item();
            if (item.containsKey("threshold_variant")) {
                routed.merge(
                        item.get("threshold_variant").s() + " "
                                + item.get("decision").s() + " "
                                + item.get("topic").s(),
                        1,
                        Integer::sum);
            }
        }
        System.out.println("scenario 3 routed turns (variant decision topic): " + routed);
        assertThat(routed.keySet()).anyMatch(k -> k.startsWith("CANARY REVIEW"));
        assertThat(routed.keySet()).anyMatch(k -> k.startsWith("ACTIVE AUTO_RESPOND"));

        // 6. the trail, in order
        List<String> story = new ArrayList<>();
        for (JsonNode entry :
                engineer.get("/api/audit?category=general&since=" + started).body()) {
            story.add(entry.get("action").asString());
        }
        System.out.println("scenario 3 trail (general): " + story);
        assertThat(story)
                .containsSubsequence(
                        "change-request:proposed",
                        "change-request:approve:refused",
                        "change-request:approved",
                        "canary:started",
                        "breaker:tripped",
                        "canary:withdrawn",
                        "change-request:reverted");
    }
}
