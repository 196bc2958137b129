package com.mangaassist.feedback.runbook;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.FeedbackItems;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.intake.domain.SignalContexts;
import com.mangaassist.feedback.provenance.application.JudgeReputations;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.quality.domain.QualityGate;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.TopicCategory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Scenarios 2 and 5 from the on-call's and the ML lead's side, over HTTP with real tokens against the local
 * stack: quarantine by account, freeze and unfreeze with their roles, the improvement job refused while frozen
 * and proposing once unfrozen, the topic backfill over items corrupted in the table, reputation reads.
 */
@Import(FeedbackRunbooksIntegrationTest.GreenGate.class)
@TestPropertySource(
        properties = {
            "mangaassist.feedback.improvement.schedule.enabled=false",
            "mangaassist.feedback.improvement.reputation.enabled=false"
        })
class FeedbackRunbooksIntegrationTest extends LocalStackSpringTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Autowired
    FeedbackStore store;

    @Autowired
    SignalContexts contexts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Autowired
    JudgeReputations judge;

    @TestConfiguration
    static class GreenGate {
        @Bean
        @Primary
        QualityGate greenGate(Clock clock) {
            return () -> new GateReport(true, List.of(), clock.instant());
        }
    }

    @Test
    void quarantineByAccountMarksEveryRecordAndQuarantinesWhatComesNext() {
        String user = "u-camp-" + UUID.randomUUID();
        Instant now = clock.instant();
        for (int i = 0; i < 3; i++) {
            putFeedback(binary(
                    "fb-" + user + "-" + i,
                    user,
                    "s-" + user,
                    TopicCategory.RECOMMENDATION,
                    Signal.DOWN,
                    now.minusSeconds(60L * (i + 1))));
        }
        String body = "{\"scope\":\"ACCOUNT\",\"ids\":[\"" + user + "\"],\"reason\":\"coordinated campaign\"}";
        assertThat(post("/api/runbook/feedback/quarantine", body, Map.of(), "cust-1", "customer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/runbook/feedback/quarantine", body, Map.of(), "rev-1", "reviewer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                "/api/runbook/feedback/quarantine",
                                "{\"scope\":\"ACCOUNT\",\"ids\":[\"x\"]}",
                                Map.of(),
                                "oncall-1",
                                "oncall")
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> dry = post("/api/runbook/feedback/quarantine", body, Map.of(), "oncall-1", "oncall");
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(dry.body()).contains("\"dryRun\":true", "\"matched\":3", "\"changed\":0");
        assertThat(store.find("fb-" + user + "-0").orElseThrow().quarantined()).isFalse();
        assertThat(contexts.load("fb-none", user, "s-new").quarantine()).isEmpty();

        String real = body.replace("}", ",\"dryRun\":false}");
        HttpResponse<String> done = post(
                "/api/runbook/feedback/quarantine", real, Map.of("Idempotency-Key", "q-" + user), "oncall-1", "oncall");
        assertThat(done.body()).contains("\"changed\":3", "\"replayed\":false");
        for (int i = 0; i < 3; i++) {
            FeedbackRecord record = store.find("fb-" + user + "-" + i).orElseThrow();
            assertThat(record.quarantined()).isTrue();
            assertThat(record.usable()).isFalse();
        }
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        b -> b.tableName(names.table(Resources.FEEDBACK_QUARANTINES))
                                .key(Map.of("subject", AttributeValue.fromS("account:" + user)))
                                .consistentRead(true))
                .item();
        assertThat(item.get("active").bool()).isTrue();
        assertThat(item.get("actor").s()).isEqualTo("oncall-1");
        // a new signal from this account, in any session, is stored quarantined
        assertThat(contexts.load("fb-none", user, "s-new").quarantine())
                .contains(item.get("reason").s());

        HttpResponse<String> replay = post(
                "/api/runbook/feedback/quarantine", real, Map.of("Idempotency-Key", "q-" + user), "oncall-1", "oncall");
        assertThat(replay.body()).contains("\"replayed\":true", "\"changed\":3");
        HttpResponse<String> reused = post(
                "/api/runbook/feedback/quarantine/lift",
                real,
                Map.of("Idempotency-Key", "q-" + user),
                "oncall-1",
                "oncall");
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("IDEMPOTENCY_KEY_REUSED");

        HttpResponse<String> lifted =
                post("/api/runbook/feedback/quarantine/lift", real, Map.of(), "oncall-1", "oncall");
        assertThat(lifted.body()).contains("\"changed\":3");
        assertThat(store.find("fb-" + user + "-2").orElseThrow().usable()).isTrue();
        assertThat(contexts.load("fb-none", user, "s-new").quarantine()).isEmpty();

        List<Map<String, AttributeValue>> audit = auditToday();
        assertThat(audit)
                .filteredOn(i -> i.get("action").s().equals("feedback:quarantine"))
                .hasSize(2)
                .allSatisfy(i -> {
                    assertThat(i.get("service").s()).isEqualTo("feedback-service");
                    assertThat(i.get("reason").s()).isEqualTo("coordinated campaign");
                });
    }

    @Test
    void onCallFreezesOnlyAnMlLeadUnfreezesAndTheJobRefusesWhileFrozen() {
        putPrompt(3, "ARCHIVED", "old prompt");
        putPrompt(4, "ACTIVE", "You are MangaAssist.\nBe accurate.");
        Instant now = clock.instant();
        for (int i = 0; i < 12; i++) {
            putFeedback(binary(
                    "fb-imp-" + i,
                    "u-imp-" + i,
                    "s-imp",
                    TopicCategory.AVAILABILITY,
                    i < 2 ? Signal.UP : Signal.DOWN,
                    now.minus(Duration.ofHours(i + 1))));
        }
        String freeze = "{\"reason\":\"topic attribution bug under investigation\",\"dryRun\":false}";
        assertThat(post("/api/runbook/feedback/improvement/freeze", freeze, Map.of(), "cust-1", "customer")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> frozen =
                post("/api/runbook/feedback/improvement/freeze", freeze, Map.of(), "oncall-1", "oncall");
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.body()).contains("\"changed\":1");

        assertThat(post("/api/feedback/improvement/run", null, Map.of(), "oncall-1", "oncall")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = post("/api/feedback/improvement/run", null, Map.of(), "ml-1", "ml-lead");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(refused.body()).contains("\"result\":\"REFUSED\"", "\"code\":\"FROZEN\"", "topic attribution bug");
        assertThat(meters.get("mangaassist.feedback.improvement.runs")
                        .tag("result", "refused")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1);

        String unfreeze = "{\"reason\":\"data verified\",\"dryRun\":false}";
        assertThat(post("/api/runbook/feedback/improvement/unfreeze", unfreeze, Map.of(), "oncall-1", "oncall")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> thawed =
                post("/api/runbook/feedback/improvement/unfreeze", unfreeze, Map.of(), "ml-1", "ml-lead");
        assertThat(thawed.statusCode()).as(thawed.body()).isEqualTo(200);
        Map<String, AttributeValue> flag = dynamoDb.getItem(b -> b.tableName(names.table(Resources.LOCKS))
                        .key(Map.of("_id", AttributeValue.fromS("feedback:prompt-improvement-freeze")))
                        .consistentRead(true))
                .item();
        assertThat(flag.get("frozen").bool()).isFalse();
        assertThat(flag.get("actor").s()).isEqualTo("ml-1");

        HttpResponse<String> proposed = post("/api/feedback/improvement/run", null, Map.of(), "ml-1", "ml-lead");
        assertThat(proposed.body()).as(proposed.body()).contains("\"result\":\"PROPOSED\"", "\"baseVersion\":4");
        String id = proposed.body().replaceAll("(?s).*\"changeRequestId\":\"(cr-[^\"]+)\".*", "$1");
        Map<String, AttributeValue> cr = dynamoDb.getItem(b -> b.tableName(names.table(Resources.CHANGE_REQUESTS))
                        .key(Map.of("change_request_id", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
        assertThat(cr.get("kind").s()).isEqualTo("PROMPT");
        assertThat(cr.get("state").s()).isEqualTo("PROPOSED");
        assertThat(cr.get("proposed_by").s()).isEqualTo("feedback-service");
        assertThat(cr.get("text").s()).startsWith("You are MangaAssist.\nBe accurate.");
        assertThat(cr.get("feedback_ids").l()).extracting(AttributeValue::s).contains("fb-imp-0", "fb-imp-11");
        HttpResponse<String> listed = get("/api/feedback/improvement/proposals", "ml-1", "ml-lead");
        assertThat(listed.body()).contains(id, "fb-imp-5", "\"topic\":\"availability\"");
        assertThat(get("/api/feedback/improvement/proposals", "oncall-1", "oncall")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void backfillCorrectsTopicCorruptedItemsAndReportsItsCheckpoint() {
        Instant base = clock.instant().minus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        for (int i = 0; i < 5; i++) {
            FeedbackRecord corrupted = binary(
                    "fb-bf-" + i,
                    "u-bf",
                    "s-bf",
                    TopicCategory.REFUND,
                    Signal.UP,
                    base.plus(Duration.ofHours(20L * i)));
            putFeedback(corrupted);
            putMessage(corrupted, "availability");
        }
        String window = "\"from\":\"" + base + "\",\"to\":\"" + base.plus(Duration.ofDays(5)) + "\"";

        HttpResponse<String> dry = post(
                "/api/runbook/feedback/backfill",
                "{" + window + ",\"reason\":\"GSI misattribution\"}",
                Map.of(),
                "oncall-1",
                "oncall");
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(dry.body()).contains("\"matched\":5", "\"changed\":0", "fb-bf-4");
        assertThat(store.find("fb-bf-0").orElseThrow().topic()).isEqualTo(TopicCategory.REFUND);

        String jobId = "bf-" + UUID.randomUUID();
        HttpResponse<String> done = post(
                "/api/runbook/feedback/backfill",
                "{" + window + ",\"reason\":\"GSI misattribution\",\"dryRun\":false,\"jobId\":\"" + jobId + "\"}",
                Map.of(),
                "oncall-1",
                "oncall");
        assertThat(done.body()).as(done.body()).contains("\"changed\":5");
        for (int i = 0; i < 5; i++) {
            String id = "fb-bf-" + i;
            Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(names.table(Resources.FEEDBACK))
                            .key(Map.of("feedback_id", AttributeValue.fromS(id)))
                            .consistentRead(true))
                    .item();
            assertThat(item.get("topic").s()).isEqualTo("availability");
            assertThat(item.get("original_incorrect_topic").s()).isEqualTo("refund");
        }
        HttpResponse<String> progress = get("/api/runbook/feedback/backfill/" + jobId, "oncall-1", "oncall");
        assertThat(progress.body()).contains("\"status\":\"DONE\"", "\"corrected\":5");
        HttpResponse<String> otherWindow = post(
                "/api/runbook/feedback/backfill",
                "{\"from\":\"" + base + "\",\"to\":\"" + base.plus(Duration.ofDays(6))
                        + "\",\"reason\":\"x\",\"dryRun\":false,\"jobId\":\"" + jobId + "\"}",
                Map.of(),
                "oncall-1",
                "oncall");
        assertThat(otherWindow.statusCode()).isEqualTo(409);
        assertThat(otherWindow.body()).contains("BACKFILL_WINDOW_MISMATCH");
        HttpResponse<String> tooLong = post(
                "/api/runbook/feedback/backfill",
                "{\"from\":\"" + base + "\",\"to\":\"" + base.plus(Duration.ofDays(91)) + "\",\"reason\":\"x\"}",
                Map.of(),
                "oncall-1",
                "oncall");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void reputationIsReadableByOnCallAndMlLeadOnly() {
        HttpResponse<String> view = get("/api/feedback/reputation/u-nobody", "oncall-1", "oncall");
        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        assertThat(view.body()).contains("\"agreements\":0", "\"share\":0.5", "\"adjustment\":0.0");
        assertThat(get("/api/feedback/reputation/u-nobody", "ml-1", "ml-lead").statusCode())
                .isEqualTo(200);
        assertThat(get("/api/feedback/reputation/u-nobody", "cust-1", "customer")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void reputationJudgingReadsTheReviewersDecisionFromReviewTasks() {
        String user = "u-rep-" + UUID.randomUUID();
        Instant now = clock.instant();
        FeedbackRecord down =
                binary("fb-rep-" + user, user, "s-rep", TopicCategory.ORDER_STATUS, Signal.DOWN, now.minusSeconds(30));
        putFeedback(down);
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.REVIEW_TASKS))
                .item(Map.of(
                        "task_id", AttributeValue.fromS("rt-" + user),
                        "message_id", AttributeValue.fromS(down.messageId()),
                        "status", AttributeValue.fromS("DECIDED"),
                        "decision", AttributeValue.fromS("REJECT"),
                        "decided_at", AttributeValue.fromS(SortableTime.format(now.minusSeconds(10))))));

        judge.run();
        judge.run();

        HttpResponse<String> view = get("/api/feedback/reputation/" + user, "ml-1", "ml-lead");
        assertThat(view.body()).contains("\"agreements\":1", "\"disagreements\":0", "reviewer REJECT");
    }

    private void putFeedback(FeedbackRecord record) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.FEEDBACK)).item(FeedbackItems.toItem(record)));
    }

    private void putMessage(FeedbackRecord record, String topic) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.MESSAGES))
                .item(Map.of(
                        "message_id", AttributeValue.fromS(record.messageId()),
                        "session_id", AttributeValue.fromS(record.sessionId()),
                        "user_id", AttributeValue.fromS(record.userId()),
                        "topic", AttributeValue.fromS(topic),
                        "prompt_version", AttributeValue.fromS("v1"),
                        "text", AttributeValue.fromS("Is volume 3 in stock?"),
                        "answer_text", AttributeValue.fromS("Yes."),
                        "created_at", AttributeValue.fromS(SortableTime.format(record.createdAt())))));
    }

    private void putPrompt(int version, String status, String text) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.PROMPTS))
                .item(Map.of(
                        "prompt_id", AttributeValue.fromS("answering-system"),
                        "version", AttributeValue.fromN(Integer.toString(version)),
                        "status", AttributeValue.fromS(status),
                        "text", AttributeValue.fromS(text))));
    }

    private List<Map<String, AttributeValue>> auditToday() {
        String day = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return dynamoDb.query(b -> b.tableName(names.table(Resources.AUDIT_LOG))
                        .keyConditionExpression("#d = :d")
                        .expressionAttributeNames(Map.of("#d", "day"))
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromS(day)))
                        .consistentRead(true))
                .items();
    }

    private HttpResponse<String> get(String path, String subject, String... roles) {
        return send("GET", path, null, Map.of(), subject, roles);
    }

    private HttpResponse<String> post(
            String path, String body, Map<String, String> headers, String subject, String... roles) {
        return send("POST", path, body, headers, subject, roles);
    }

    private HttpResponse<String> send(
            String method, String path, String body, Map<String, String> headers, String subject, String... roles) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + LocalAws.token(subject, roles));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
