package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.feedback.FeedbackSeeds;
import com.mangaassist.systemtests.review.StaffClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 5 replayed through the running suite: feedback whose topic disagrees with its message is refused
 * at write time; records then corrupted directly in the table (as the old GSI bug did, availability thumbs-up
 * filed under refund, 5 %) turn the data-quality gate red and the prompt job refuses to run; the topic
 * backfill, killed with SIGKILL midway on a second feedback-service instance and resumed on the first,
 * corrects exactly those records, keeping the wrong topic as {@code originalIncorrectTopic}; the gate turns
 * green and the job runs again.
 */
class FeedbackDataQualitySystemTest {

    private static final int CUSTOMERS = 60;
    private static final int SIGNALS_EACH = 4;

    private static final RunningSuite suite = SuiteFixture.suite();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static DynamoDbClient dynamoDb;
    private static FeedbackDrill drill;

    @BeforeAll
    static void open() {
        dynamoDb = LocalClients.dynamoDb(suite.stack().dynamoDb());
        drill = new FeedbackDrill(suite, dynamoDb);
    }

    @AfterAll
    static void close() {
        dynamoDb.close();
    }

    @Test
    void misattributedFeedbackIsRefusedThenCorruptedRecordsAreFoundBlockTheJobAndAreBackfilledAfterAKill() {
        Instant start = Instant.now();
        StaffClient lead = drill.staff("ml-dq-" + RUN, "ml-lead");
        StaffClient oncall = drill.staff("oncall-dq-" + RUN, "oncall");

        // honest feedback: 60 established customers, 4 thumbs-up each on their own answered turns
        List<String> availabilityUps = new ArrayList<>();
        List<String> allIds = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            String user = "dq-" + RUN + "-" + c;
            StaffClient customer = drill.customer(user, true, Duration.ofDays(300));
            List<FeedbackSeeds.Turn> turns = new ArrayList<>();
            for (int m = 0; m < SIGNALS_EACH; m++) {
                String topic = m < 2 ? "availability" : (m == 2 ? "refund" : "general");
                turns.add(new FeedbackSeeds.Turn(
                        "dq-m-" + RUN + "-" + c + "-" + m,
                        "dq-s-" + RUN + "-" + c,
                        user,
                        topic,
                        "Is the newest Spy x Family volume in stock?",
                        "Yes, Spy x Family volume 13 is in stock."));
            }
            drill.seeds().turns(turns, Instant.now());
            if (c == 0) {
                String messageId = turns.get(0).messageId();
                StaffClient.Reply wrongTopic = customer.post(
                        "/api/feedback",
                        Map.of("messageId", messageId, "type", "BINARY", "signal", "UP", "topic", "refund"));
                StaffClient.Reply wrongSession = customer.post(
                        "/api/feedback",
                        Map.of("messageId", messageId, "type", "BINARY", "signal", "UP", "sessionId", "s-not-mine"));
                assertThat(wrongTopic.status()).isEqualTo(422);
                assertThat(wrongTopic.code()).isEqualTo("TOPIC_MISMATCH");
                assertThat(wrongSession.status()).isEqualTo(422);
                assertThat(wrongSession.code()).isEqualTo("SESSION_MISMATCH");
            }
            for (FeedbackSeeds.Turn turn : turns) {
                StaffClient.Reply reply = customer.post("/api/feedback", FeedbackDrill.binary(turn.messageId(), "UP"));
                assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
                String id = reply.body().get("feedbackId").asString();
                allIds.add(id);
                if (turn.topic().equals("availability")) {
                    availabilityUps.add(id);
                }
            }
        }
        JsonNode green = lead.get("/api/feedback/quality").body();
        assertThat(green.get("green").asBoolean()).as(green.toString()).isTrue();

        // the old bug, simulated: 5 % of the records corrupted in the table (availability thumbs-up filed as refund)
        List<String> corrupted = availabilityUps.subList(0, CUSTOMERS * SIGNALS_EACH / 20);
        for (String id : corrupted) {
            dynamoDb.updateItem(b -> b.tableName(
                            Resources.FEEDBACK.physicalName(suite.stack().prefix()))
                    .key(Map.of("feedback_id", AttributeValue.fromS(id)))
                    .updateExpression("SET topic = :wrong")
                    .expressionAttributeValues(Map.of(":wrong", AttributeValue.fromS("refund"))));
        }

        JsonNode red = lead.get("/api/feedback/quality").body();
        assertThat(red.get("green").asBoolean()).as(red.toString()).isFalse();
        assertThat(check(red, "cross-table-sample").get("status").asString()).isEqualTo("RED");
        StaffClient.Reply refused = lead.post("/api/feedback/improvement/run", Map.of());
        assertThat(refused.body().get("result").asString()).as(refused.raw()).isEqualTo("REFUSED");
        assertThat(refused.body().get("code").asString()).isEqualTo("QUALITY_GATE_RED");

        // dry run first: what would change, nothing changed
        String from = start.minus(Duration.ofMinutes(1)).toString();
        String to = Instant.now().plus(Duration.ofMinutes(1)).toString();
        StaffClient.Reply dryRun = oncall.post(
                "/api/runbook/feedback/backfill",
                Map.of("from", from, "to", to, "reason", "scenario 5: GSI misattribution", "dryRun", true));
        assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
        assertThat(dryRun.body().get("matched").asInt()).as(dryRun.raw()).isEqualTo(corrupted.size());
        assertThat(topicOf(lead, corrupted.get(0))).isEqualTo("refund");

        // the real run on a second instance, two records a page, killed as soon as it has made progress
        String jobId = "dq-" + RUN;
        Map<String, Object> real = Map.of(
                "from", from, "to", to, "reason", "scenario 5: GSI misattribution", "dryRun", false, "jobId", jobId);
        try (RunningSuite.Instance second = suite.startInstance(
                ServiceModule.FEEDBACK,
                "backfill-" + RUN,
                "--mangaassist.feedback.runbooks.backfill-page-size=2",
                "--mangaassist.feedback.monitoring.anomalies.enabled=false",
                "--mangaassist.feedback.monitoring.quality.enabled=false",
                "--mangaassist.feedback.monitoring.canary.enabled=false")) {
            StaffClient secondOncall = new StaffClient(second.uri(), oncallToken());
            CompletableFuture<StaffClient.Reply> running =
                    CompletableFuture.supplyAsync(() -> secondOncall.post("/api/runbook/feedback/backfill", real));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> oncall.get("/api/runbook/feedback/backfill/" + jobId)
                                    .status()
                            == 200);
            second.kill();
            running.handle((reply, failure) -> null).join();
        }
        JsonNode killed = oncall.get("/api/runbook/feedback/backfill/" + jobId).body();
        assertThat(killed.get("status").asString())
                .as("the backfill must have been killed midway: %s", killed)
                .isEqualTo("RUNNING");

        StaffClient.Reply resumed = oncall.post("/api/runbook/feedback/backfill", real);
        assertThat(resumed.status()).as(resumed.raw()).isEqualTo(200);
        JsonNode done = oncall.get("/api/runbook/feedback/backfill/" + jobId).body();
        assertThat(done.get("status").asString()).isEqualTo("DONE");

        for (String id : allIds) {
            JsonNode view = lead.get("/api/feedback/" + id).body();
            if (corrupted.contains(id)) {
                assertThat(view.get("topic").asString()).isEqualTo("availability");
                assertThat(view.get("originalIncorrectTopic").asString()).isEqualTo("refund");
            } else {
                assertThat(view.get("originalIncorrectTopic").isNull())
                        .as("untouched " + id)
                        .isTrue();
            }
        }
        Set<String> correctedIds = new HashSet<>();
        done.get("correctedIds").forEach(id -> correctedIds.add(id.asString()));
        assertThat(correctedIds).containsExactlyInAnyOrderElementsOf(corrupted);

        JsonNode greenAgain = lead.get("/api/feedback/quality").body();
        assertThat(greenAgain.get("green").asBoolean())
                .as(greenAgain.toString())
                .isTrue();
        StaffClient.Reply runs = lead.post("/api/feedback/improvement/run", Map.of());
        assertThat(runs.body().get("result").asString()).as(runs.raw()).isIn("PROPOSED", "NOTHING");
    }

    private static String oncallToken() {
        return com.mangaassist.systemtests.review.Tokens.mint(
                suite.stack().issuer(), "oncall-dq2-" + RUN, List.of("oncall"));
    }

    private static String topicOf(StaffClient lead, String feedbackId) {
        return lead.get("/api/feedback/" + feedbackId).body().get("topic").asString();
    }

    private static JsonNode check(JsonNode report, String name) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("name").asString().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no check " + name + " in " + report);
    }
}
