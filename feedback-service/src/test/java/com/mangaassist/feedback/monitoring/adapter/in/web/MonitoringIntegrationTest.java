package com.mangaassist.feedback.monitoring.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.FeedbackItems;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.monitoring.application.RunCanary;
import com.mangaassist.feedback.monitoring.domain.CanaryResult;
import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.TopicCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitors over HTTP with real tokens, on feedback and messages written straight into the local
 * stack's tables: 30 organic accounts and 3 scripted attackers in the last hour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {
            "mangaassist.feedback.monitoring.anomalies.enabled=false",
            "mangaassist.feedback.monitoring.quality.enabled=false",
            "mangaassist.feedback.monitoring.canary.enabled=false"
        })
class MonitoringIntegrationTest extends LocalStackSpringTest {

    private static final List<String> ATTACKERS = List.of("attacker-1", "attacker-2", "attacker-3");
    private static final TopicCategory[] TOPICS = {
        TopicCategory.AVAILABILITY, TopicCategory.REFUND, TopicCategory.PRODUCT_INFO, TopicCategory.RECOMMENDATION
    };

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<FeedbackRecord> written = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Autowired
    FeedbackStore store;

    @Autowired
    RunCanary canary;

    @Autowired
    Clock clock;

    @BeforeAll
    void writeOrganicAndAttackingFeedback() {
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofMinutes(55));
        for (int a = 0; a < 30; a++) {
            for (int i = 0; i < 8; i++) {
                long offset = (a * 61L + i * 97L + (long) i * i * 53) % 3000;
                write(String.format("organic-%02d", a), a * 8 + i, start.plusSeconds(offset), i < 1 + a % 3);
            }
        }
        for (int a = 0; a < ATTACKERS.size(); a++) {
            for (int i = 0; i < 12; i++) {
                write(ATTACKERS.get(a), 1000 + a * 12 + i, start.plusSeconds(600 + a * 7 + 30L * i), true);
            }
        }
    }

    @Test
    @Order(1)
    void cleanFeedbackPassesTheQualityGate() {
        JsonNode gate = getJson("/api/feedback/quality", "oncall-1", "oncall");

        assertThat(gate.get("green").asBoolean()).as(gate.toString()).isTrue();
        assertThat(gate.get("reasons")).isEmpty();
        Map<String, JsonNode> checks = checks(gate);
        assertThat(checks.get("topic-distribution").get("status").asString()).isEqualTo("GREEN");
        assertThat(checks.get("topic-distribution").get("sample").asLong()).isEqualTo(written.size());
        assertThat(checks.get("join-rate").get("value").asDouble()).isEqualTo(1.0);
        assertThat(checks.get("cross-table-sample").get("status").asString()).isEqualTo("GREEN");
        assertThat(checks).containsKeys("satisfaction-change", "canary");
        assertThat(gate.get("evaluatedAt").asString()).isNotBlank();
    }

    @Test
    @Order(2)
    void anomalyDetectionNamesExactlyTheAttackers() {
        JsonNode report = getJson("/api/feedback/anomalies?refresh=true", "ml-1", "ml-lead");

        assertThat(report.get("recordsRead").asInt()).isEqualTo(written.size());
        assertThat(strings(report.get("kinds"))).containsExactly("cohort-deviation", "concentration", "uniform-timing");
        for (JsonNode finding : report.get("findings")) {
            assertThat(strings(finding.get("accounts")))
                    .as(finding.get("kind").asString())
                    .containsExactlyElementsOf(ATTACKERS);
        }
        JsonNode proposal = report.get("proposedQuarantine");
        assertThat(proposal.get("path").asString()).isEqualTo("/api/runbook/feedback/quarantine");
        assertThat(proposal.get("body").get("scope").asString()).isEqualTo("ACCOUNT");
        assertThat(proposal.get("body").get("dryRun").asBoolean()).isTrue();
        assertThat(strings(proposal.get("body").get("ids"))).containsExactlyElementsOf(ATTACKERS);
        assertThat(report.get("pages")).hasSize(3);

        JsonNode latest = getJson("/api/feedback/anomalies", "oncall-1", "oncall");
        assertThat(latest.get("ranAt").asString()).isEqualTo(report.get("ranAt").asString());
    }

    @Test
    @Order(3)
    void aggregatesDropAQuarantinedRecordAtOnce() {
        FeedbackRecord target = written.get(5);
        assertThat(aggregatedIds()).contains(target.feedbackId()).hasSize(written.size());

        assertThat(store.setQuarantine(target.feedbackId(), true, "adversarial_pattern_detected"))
                .isTrue();

        Set<String> after = aggregatedIds();
        assertThat(after).doesNotContain(target.feedbackId()).hasSize(written.size() - 1);
    }

    @Test
    @Order(4)
    void theCanaryComesBackAsWrittenAndShowsInTheGate() {
        CanaryResult result = canary.run();

        assertThat(result.problems()).isEmpty();
        assertThat(store.find(result.feedbackId()).orElseThrow().usable()).isFalse();
        Map<String, JsonNode> checks = checks(getJson("/api/feedback/quality", "oncall-1", "oncall"));
        assertThat(checks.get("canary").get("status").asString()).isEqualTo("GREEN");
        assertThat(aggregatedIds()).doesNotContain(result.feedbackId());
    }

    @Test
    @Order(5)
    void misattributedTopicsTurnTheGateRedWithReasons() {
        List<FeedbackRecord> availability = written.stream()
                .filter(r -> r.topic() == TopicCategory.AVAILABILITY)
                .limit(40)
                .toList();
        for (FeedbackRecord record : availability) {
            dynamoDb.updateItem(b -> b.tableName(names.table(Resources.FEEDBACK))
                    .key(Map.of("feedback_id", AttributeValue.fromS(record.feedbackId())))
                    .updateExpression("SET topic = :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(TopicCategory.REFUND.code()))));
        }

        JsonNode gate = getJson("/api/feedback/quality", "oncall-1", "oncall");

        assertThat(gate.get("green").asBoolean()).isFalse();
        Map<String, JsonNode> checks = checks(gate);
        assertThat(checks.get("topic-distribution").get("status").asString()).isEqualTo("RED");
        assertThat(checks.get("cross-table-sample").get("status").asString()).isEqualTo("RED");
        assertThat(checks.get("cross-table-sample").get("reason").asString()).startsWith("40 of ");
        assertThat(checks.get("join-rate").get("status").asString()).isEqualTo("GREEN");
        assertThat(strings(gate.get("reasons")))
                .hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("feedback topics diverge"));
    }

    @Test
    @Order(6)
    void customersAreForbiddenAndBadPeriodsAreRefused() {
        for (String path : List.of("/api/feedback/quality", "/api/feedback/anomalies", "/api/feedback/aggregates")) {
            assertThat(get(path, "customer-1", "customer").statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        HttpResponse<String> tooLong = get("/api/feedback/aggregates?from=2026-01-01&to=2026-02-01", "ml-1", "ml-lead");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("INVALID_PARAMETER");
        assertThat(get("/api/feedback/aggregates?from=yesterday", "ml-1", "ml-lead")
                        .body())
                .contains("INVALID_PARAMETER");
    }

    private void write(String user, int n, Instant at, boolean down) {
        TopicCategory topic = TOPICS[n % TOPICS.length];
        String messageId = "msg-" + n;
        String sessionId = "session-" + user;
        FeedbackRecord record = new FeedbackRecord(
                "fb-" + n,
                FeedbackKind.BINARY,
                messageId,
                sessionId,
                user,
                topic,
                "v3",
                at,
                down ? Signal.DOWN : Signal.UP,
                null,
                null,
                null,
                null,
                null,
                new ProvenanceScore(0.6, List.of()),
                Set.of(),
                false,
                null,
                null);
        Map<String, AttributeValue> message = new HashMap<>();
        message.put("message_id", AttributeValue.fromS(messageId));
        message.put("session_id", AttributeValue.fromS(sessionId));
        message.put("user_id", AttributeValue.fromS(user));
        message.put("topic", AttributeValue.fromS(topic.code()));
        message.put("prompt_version", AttributeValue.fromS("v3"));
        message.put("text", AttributeValue.fromS("question " + n));
        message.put("answer_text", AttributeValue.fromS("answer " + n));
        message.put("created_at", AttributeValue.fromS(SortableTime.format(at.minusSeconds(5))));
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.MESSAGES)).item(message));
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.FEEDBACK)).item(FeedbackItems.toItem(record)));
        written.add(record);
    }

    private Set<String> aggregatedIds() {
        JsonNode aggregates = getJson("/api/feedback/aggregates", "ml-1", "ml-lead");
        Set<String> ids = new TreeSet<>();
        for (JsonNode row : aggregates.get("rows")) {
            ids.addAll(strings(row.get("feedbackIds")));
        }
        return ids;
    }

    private static Map<String, JsonNode> checks(JsonNode gate) {
        Map<String, JsonNode> checks = new HashMap<>();
        gate.get("checks").forEach(c -> checks.put(c.get("name").asString(), c));
        return checks;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private JsonNode getJson(String path, String subject, String... roles) {
        HttpResponse<String> response = get(path, subject, roles);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String subject, String... roles) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + LocalAws.token(subject, roles))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
