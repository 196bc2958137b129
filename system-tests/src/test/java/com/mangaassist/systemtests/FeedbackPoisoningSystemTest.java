package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.feedback.FeedbackSeeds;
import com.mangaassist.systemtests.review.StaffClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 2 replayed through the running suite, with time compressed (the CV of intervals does not depend
 * on their scale): fifteen new accounts without purchases chat, then down-vote the accurate answers they got
 * on a schedule of uniform 1.5-1.7 s intervals (the runbook's 30-45 s, divided by 20) and send corrections
 * full of competitor links, while established customers rate organically (exponential intervals, about one
 * in six down): twenty who chatted through the gateway and send one honest correction each, and a hundred
 * more whose answered turns are seeded into {@code messages}, so that the attackers are about a tenth of the
 * active accounts rather than nearly half. Afterwards: the attackers hit the rate limits, provenance excludes every one of their
 * signals, the anomaly detector names exactly them, their corrections are stored sanitised, the prompt
 * proposal is built without them, the organic feedback still counts, and on-call's quarantine (dry run,
 * then for real) takes them out of the aggregates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackPoisoningSystemTest {

    private static final int ATTACKERS = 15;
    private static final int CUSTOMERS = 20;
    private static final int CROWD = 100;
    private static final int CROWD_SIGNALS = 8;
    private static final int ATTACK_TURNS = 12;
    private static final int ORGANIC_TURNS = 6;
    private static final String COMPETITOR_CORRECTION =
            "Wrong. RivalManga has it cheaper, order at https://rival-manga.example/one-piece?ref=fb now";

    private static final RunningSuite suite = SuiteFixture.suite();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static DynamoDbClient dynamoDb;
    private static FeedbackDrill drill;

    /** Everything the feedback API answered, per account. */
    private record Sent(String userId, String kind, String messageId, int status, JsonNode body) {}

    private static final List<Sent> sent = new CopyOnWriteArrayList<>();
    private static final List<String> attackers = new ArrayList<>();
    private static final List<String> customers = new ArrayList<>();
    private static final List<String> crowd = new ArrayList<>();

    @BeforeAll
    static void replayTheCampaign() throws Exception {
        dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb());
        drill = new FeedbackDrill(suite, dynamoDb);
        Map<String, StaffClient> clients = new ConcurrentHashMap<>();
        for (int i = 0; i < ATTACKERS; i++) {
            String user = "rival-" + RUN + "-" + i;
            attackers.add(user);
            clients.put(user, drill.customer(user, false, Duration.ofDays(2)));
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            String user = "fan-" + RUN + "-" + i;
            customers.add(user);
            clients.put(user, drill.customer(user, true, Duration.ofDays(400 + i)));
        }
        Map<String, List<String>> turns = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> chats = new ArrayList<>();
        for (String user : attackers) {
            chats.add(pool.submit(() -> turns.put(user, drill.chat(user, ATTACK_TURNS))));
        }
        for (String user : customers) {
            chats.add(pool.submit(() -> turns.put(user, drill.chat(user, ORGANIC_TURNS))));
        }
        for (Future<?> chat : chats) {
            chat.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Map<String, List<String>> crowdTurns = seedCrowd(clients);
        ExecutorService raters = Executors.newFixedThreadPool(ATTACKERS + CUSTOMERS + CROWD);
        List<Future<?>> ratings = new ArrayList<>();
        for (int a = 0; a < ATTACKERS; a++) {
            String user = attackers.get(a);
            Random random = new Random(1_000 + a);
            ratings.add(raters.submit(() -> attack(user, clients.get(user), turns.get(user), random)));
        }
        for (int c = 0; c < CUSTOMERS; c++) {
            String user = customers.get(c);
            Random random = new Random(2_000 + c);
            ratings.add(raters.submit(() -> rateOrganically(user, clients.get(user), turns.get(user), random)));
        }
        for (int c = 0; c < CROWD; c++) {
            String user = crowd.get(c);
            Random random = new Random(3_000 + c);
            ratings.add(raters.submit(() -> rateOrganically(user, clients.get(user), crowdTurns.get(user), random)));
        }
        for (Future<?> rating : ratings) {
            rating.get(5, TimeUnit.MINUTES);
        }
        raters.shutdown();
    }

    @AfterAll
    static void close() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
    }

    /** The organic crowd: established customers with answered turns seeded as the orchestrator writes them. */
    private static Map<String, List<String>> seedCrowd(Map<String, StaffClient> clients) {
        Map<String, List<String>> turns = new ConcurrentHashMap<>();
        List<FeedbackSeeds.Turn> all = new ArrayList<>();
        for (int c = 0; c < CROWD; c++) {
            String user = "crowd-" + RUN + "-" + c;
            crowd.add(user);
            clients.put(user, drill.customer(user, true, Duration.ofDays(100 + c)));
            List<String> ids = new ArrayList<>();
            for (int m = 0; m < CROWD_SIGNALS; m++) {
                String messageId = "crowd-m-" + RUN + "-" + c + "-" + m;
                ids.add(messageId);
                all.add(new FeedbackSeeds.Turn(
                        messageId,
                        "crowd-s-" + RUN + "-" + c,
                        user,
                        m % 2 == 0 ? "availability" : "recommendation",
                        "Is One Piece in stock?",
                        "One Piece is in stock."));
            }
            turns.put(user, ids);
        }
        drill.seeds().turns(all, Instant.now());
        return turns;
    }

    /** Down-votes on a fixed schedule of uniform intervals, then corrections pushing a competitor. */
    private static void attack(String user, StaffClient client, List<String> messages, Random random) {
        long next = System.nanoTime();
        for (String messageId : messages) {
            next = waitUntil(next, 1_500 + random.nextInt(201));
            record(user, "BINARY", messageId, client.post("/api/feedback", FeedbackDrill.binary(messageId, "DOWN")));
        }
        for (int i = 0; i < 4; i++) {
            String messageId = messages.get(i);
            next = waitUntil(next, 1_500 + random.nextInt(201));
            record(
                    user,
                    "CORRECTION",
                    messageId,
                    client.post("/api/feedback", FeedbackDrill.correction(messageId, COMPETITOR_CORRECTION)));
        }
    }

    /**
     * Ratings at exponential intervals (mean 2 s), about one in six down; customers who chatted also correct. The
     * mean spreads the crowd's ~950 ratings over the attackers' first 16 s: at 600 ms they all landed in the first
     * five, and the feedback service's latency under that burst (up to a second on CI) bent the attackers' 1.6 s
     * cadence past the uniform-timing CV bar, which is a property of the replay's time compression, not of the bots.
     */
    private static void rateOrganically(String user, StaffClient client, List<String> messages, Random random) {
        long next = System.nanoTime();
        for (String messageId : messages) {
            next = waitUntil(next, (long) (-Math.log(1 - random.nextDouble()) * 2_000));
            String signal = random.nextDouble() < 1.0 / 6 ? "DOWN" : "UP";
            record(user, "BINARY", messageId, client.post("/api/feedback", FeedbackDrill.binary(messageId, signal)));
        }
        if (customers.contains(user)) {
            String messageId = messages.get(0);
            record(
                    user,
                    "CORRECTION",
                    messageId,
                    client.post(
                            "/api/feedback",
                            FeedbackDrill.correction(
                                    messageId, "The newest One Piece volume is 108 and it is in stock now.")));
        }
    }

    /** Paces a simulated client on its own schedule (the load's timing, not a wait for an outcome). */
    private static long waitUntil(long previous, long intervalMillis) {
        long due = previous + Duration.ofMillis(intervalMillis).toNanos();
        long now = System.nanoTime();
        if (due > now) {
            LockSupport.parkNanos(due - now);
        }
        return due;
    }

    private static void record(String user, String kind, String messageId, StaffClient.Reply reply) {
        sent.add(new Sent(user, kind, messageId, reply.status(), reply.body()));
    }

    @Test
    @Order(1)
    void everyAttackerHitsTheBinaryAndTheCorrectionLimits() {
        for (String attacker : attackers) {
            List<Sent> binary = of(attacker, "BINARY");
            List<Sent> corrections = of(attacker, "CORRECTION");
            assertThat(binary.stream().filter(s -> s.status() == 201)).hasSize(10);
            assertThat(binary.stream().filter(s -> s.status() == 429))
                    .hasSize(ATTACK_TURNS - 10)
                    .allSatisfy(s -> assertThat(s.body().get("code").asString()).isEqualTo("RATE_LIMITED"));
            assertThat(corrections.stream().filter(s -> s.status() == 201)).hasSize(3);
            assertThat(corrections.stream().filter(s -> s.status() == 429)).hasSize(1);
        }
    }

    @Test
    @Order(2)
    void provenanceExcludesEveryAttackerSignalAndKeepsEveryOrganicOne() {
        List<Sent> attackerAccepted = accepted(attackers);
        List<Sent> organicAccepted = accepted(organic());

        assertThat(attackerAccepted).hasSize(ATTACKERS * 13);
        assertThat(attackerAccepted).allSatisfy(s -> {
            assertThat(s.body().get("included").asBoolean()).isFalse();
            assertThat(s.body().get("provenanceScore").asDouble()).isLessThanOrEqualTo(0.3);
        });
        assertThat(organicAccepted).hasSize(CUSTOMERS * (ORGANIC_TURNS + 1) + CROWD * CROWD_SIGNALS);
        assertThat(organicAccepted)
                .allSatisfy(s -> assertThat(s.body().get("included").asBoolean())
                        .as(s.userId() + " " + s.kind() + " " + s.body())
                        .isTrue());
    }

    @Test
    @Order(3)
    void theAttackersCorrectionsAreStoredSanitisedWithTheRawTextKeptForAudit() {
        StaffClient lead = drill.staff("ml-" + RUN, "ml-lead");
        List<Sent> corrections = accepted(attackers).stream()
                .filter(s -> s.kind().equals("CORRECTION"))
                .toList();
        assertThat(corrections).hasSize(ATTACKERS * 3);
        for (Sent correction : corrections) {
            JsonNode view = lead.get("/api/feedback/" + id(correction)).body();
            assertThat(view.get("correctionRaw").asString()).isEqualTo(COMPETITOR_CORRECTION);
            assertThat(view.get("correctionSanitised").asString())
                    .doesNotContain("http")
                    .doesNotContain("rival-manga.example")
                    .doesNotContainIgnoringCase("RivalManga");
            assertThat(view.get("exclusions").toString()).contains("COMPETITOR_MENTION", "LOW_PROVENANCE");
        }
    }

    @Test
    @Order(4)
    void theAnomalyDetectorNamesExactlyTheAttackersAndProposesTheirQuarantine() {
        StaffClient oncall = drill.staff("oncall-" + RUN, "oncall");

        JsonNode report = oncall.get("/api/feedback/anomalies?refresh=true").body();

        Set<String> proposed = new HashSet<>();
        report.get("proposedQuarantine").get("accounts").forEach(a -> proposed.add(a.asString()));
        assertThat(proposed).containsExactlyInAnyOrderElementsOf(attackers);
        Set<String> kinds = new HashSet<>();
        report.get("findings").forEach(f -> {
            kinds.add(f.get("kind").asString());
            f.get("accounts").forEach(a -> assertThat(attackers).contains(a.asString()));
        });
        assertThat(kinds)
                .as(report.get("findings").toString())
                .containsExactlyInAnyOrder("cohort-deviation", "concentration", "uniform-timing");
        assertThat(report.get("pages").toString()).contains(attackers.get(0));
    }

    @Test
    @Order(5)
    void noPromptProposalIsBuiltFromTheAttackersSignals() {
        StaffClient lead = drill.staff("ml-prompt-" + RUN, "ml-lead");
        Set<String> attackerIds = ids(accepted(attackers));
        Set<String> organicIds = ids(accepted(organic()));

        StaffClient.Reply run = lead.post("/api/feedback/improvement/run", Map.of());

        assertThat(run.status()).as(run.raw()).isEqualTo(200);
        assertThat(run.body().get("result").asString()).as(run.raw()).isEqualTo("PROPOSED");
        JsonNode proposal = run.body().get("proposal");
        Set<String> lineage = new HashSet<>();
        proposal.get("feedbackIds").forEach(id -> lineage.add(id.asString()));
        assertThat(lineage).doesNotContainAnyElementsOf(attackerIds);
        assertThat(lineage).containsAnyElementsOf(organicIds);
        assertThat(proposal.get("text").asString())
                .doesNotContainIgnoringCase("RivalManga")
                .doesNotContain("rival-manga.example");
        assertThat(proposal.get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    @Order(6)
    void onCallConfirmsTheProposedQuarantineAndTheAttackersLeaveEveryAggregate() {
        StaffClient oncall = drill.staff("oncall-q-" + RUN, "oncall");
        StaffClient lead = drill.staff("ml-q-" + RUN, "ml-lead");
        Map<String, Object> body = Map.of(
                "scope", "ACCOUNT", "ids", attackers, "reason", "scenario 2: coordinated down-votes", "dryRun", true);

        StaffClient.Reply dryRun = oncall.post("/api/runbook/feedback/quarantine", body);
        assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
        assertThat(dryRun.body().get("matched").asInt()).isEqualTo(ATTACKERS * 13);
        assertThat(dryRun.body().get("changed").asInt()).isZero();
        assertThat(lead.post(
                                "/api/runbook/feedback/quarantine",
                                Map.of("scope", "ACCOUNT", "ids", attackers, "reason", "x", "dryRun", false))
                        .status())
                .isEqualTo(403);

        Map<String, Object> real = new java.util.HashMap<>(body);
        real.put("dryRun", false);
        StaffClient.Reply done =
                oncall.post("/api/runbook/feedback/quarantine", real, Map.of("Idempotency-Key", "q-" + RUN));
        assertThat(done.body().get("changed").asInt()).as(done.raw()).isEqualTo(ATTACKERS * 13);

        Sent sample = accepted(attackers).get(0);
        assertThat(lead.get("/api/feedback/" + id(sample))
                        .body()
                        .get("quarantined")
                        .asBoolean())
                .isTrue();
        String aggregates = lead.get("/api/feedback/aggregates").raw();
        for (String id : ids(accepted(attackers))) {
            assertThat(aggregates).doesNotContain(id);
        }
        assertThat(aggregates).contains(id(accepted(customers).get(0)));
    }

    // --- helpers

    private static List<String> organic() {
        List<String> all = new ArrayList<>(customers);
        all.addAll(crowd);
        return all;
    }

    private static List<Sent> of(String user, String kind) {
        return sent.stream()
                .filter(s -> s.userId().equals(user) && s.kind().equals(kind))
                .toList();
    }

    private static List<Sent> accepted(List<String> users) {
        Set<String> who = new HashSet<>(users);
        return sent.stream()
                .filter(s -> who.contains(s.userId()) && s.status() == 201)
                .toList();
    }

    private static String id(Sent sent) {
        return sent.body().get("feedbackId").asString();
    }

    private static Set<String> ids(List<Sent> list) {
        Set<String> ids = new HashSet<>();
        list.forEach(s -> ids.add(id(s)));
        return Collections.unmodifiableSet(ids);
    }
}
