package com.mangaassist.feedback.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The feedback API on the local stack (dynalite, Redis) with real tokens from the local issuer. */
class FeedbackApiIntegrationTest extends LocalStackSpringTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Autowired
    MeterRegistry meters;

    @Test
    void anEstablishedBuyerRatesTheirOwnAnswerAndItCounts() throws Exception {
        String user = customer(true, 400);
        String message = message(user, "s-" + user, "availability");

        HttpResponse<String> response = post(user, binary(message, "UP"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"included\":true").contains("\"provenanceScore\":0.6");
        String id = field(response.body(), "feedbackId");

        HttpResponse<String> staff = get("/api/feedback/" + id, "u-ml", "ml-lead");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body())
                .contains("\"topic\":\"availability\"")
                .contains("\"sessionId\":\"s-" + user + "\"")
                .contains("\"rule\":\"purchase-history\"");
    }

    @Test
    void theSameSignalAgainIsAReplayAndADifferentOneAConflict() throws Exception {
        String user = customer(true, 400);
        String message = message(user, "s-" + user, "general");

        assertThat(post(user, binary(message, "UP")).statusCode()).isEqualTo(201);
        assertThat(post(user, binary(message, "UP")).statusCode()).isEqualTo(200);
        HttpResponse<String> conflict = post(user, binary(message, "DOWN"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"code\":\"ALREADY_SUBMITTED\"");
    }

    @Test
    void anotherCustomersMessageIsNotFoundExactlyLikeAnUnknownOne() throws Exception {
        String owner = customer(true, 400);
        String message = message(owner, "s-" + owner, "general");
        String intruder = customer(true, 400);

        HttpResponse<String> other = post(intruder, binary(message, "DOWN"));
        HttpResponse<String> unknown = post(intruder, binary("m-does-not-exist", "DOWN"));

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("MESSAGE_NOT_FOUND");
        assertThat(unknown.body()).contains("MESSAGE_NOT_FOUND");

        String id = field(post(owner, binary(message, "UP")).body(), "feedbackId");
        assertThat(get("/api/feedback/" + id, intruder, "customer").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/feedback/" + id, owner, "customer").statusCode()).isEqualTo(200);
    }

    @Test
    void aClaimedTopicOrSessionThatDisagreesWithTheMessageIsRefusedAndCounted() throws Exception {
        String user = customer(true, 400);
        String message = message(user, "s-" + user, "availability");
        double before = meters.counter("mangaassist.feedback.validation.mismatch", "field", "topic")
                .count();

        HttpResponse<String> topic = post(
                user, "{\"messageId\":\"" + message + "\",\"type\":\"BINARY\",\"signal\":\"UP\",\"topic\":\"refund\"}");
        HttpResponse<String> session = post(
                user,
                "{\"messageId\":\"" + message + "\",\"type\":\"BINARY\",\"signal\":\"UP\",\"sessionId\":\"s-other\"}");

        assertThat(topic.statusCode()).isEqualTo(422);
        assertThat(topic.body()).contains("\"code\":\"TOPIC_MISMATCH\"");
        assertThat(session.statusCode()).isEqualTo(422);
        assertThat(session.body()).contains("\"code\":\"SESSION_MISMATCH\"");
        assertThat(meters.counter("mangaassist.feedback.validation.mismatch", "field", "topic")
                        .count())
                .isEqualTo(before + 1);
    }

    @Test
    void theEleventhBinarySignalInAnHourIsRateLimitedWithRetryAfter() throws Exception {
        String user = customer(true, 400);
        String session = "s-" + user;
        for (int i = 0; i < 10; i++) {
            assertThat(post(user, binary(message(user, session, "general"), "UP"))
                            .statusCode())
                    .isEqualTo(201);
        }

        HttpResponse<String> limited = post(user, binary(message(user, session, "general"), "UP"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("\"code\":\"RATE_LIMITED\"");
        long retryAfter =
                Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, Duration.ofHours(1).toSeconds());
    }

    @Test
    void theAccountLimitHoldsAcrossSessions() throws Exception {
        String user = customer(true, 400);
        for (int i = 0; i < 10; i++) {
            assertThat(post(user, binary(message(user, "s-" + i + "-" + user, "general"), "UP"))
                            .statusCode())
                    .isEqualTo(201);
        }
        HttpResponse<String> limited = post(user, binary(message(user, "s-new-" + user, "general"), "UP"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("account");
    }

    @Test
    void aCorrectionFullOfCompetitorLinksIsKeptSanitisedAndExcluded() throws Exception {
        String user = customer(false, 2);
        String message = message(user, "s-" + user, "availability");
        String raw = "Buy it cheaper at https://rival-manga.example/one-piece-108 RivalManga has it in stock";

        HttpResponse<String> response = post(
                user, "{\"messageId\":\"" + message + "\",\"type\":\"CORRECTION\",\"correction\":\"" + raw + "\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"included\":false");
        String view = get("/api/feedback/" + field(response.body(), "feedbackId"), "u-oncall", "oncall")
                .body();
        assertThat(view).contains(raw).contains("COMPETITOR_MENTION").contains("LOW_PROVENANCE");
        assertThat(field(view, "correctionSanitised"))
                .doesNotContain("rival-manga.example")
                .doesNotContain("RivalManga");
    }

    @Test
    void aRelatedCorrectionFromABuyerCountsAndAnUnrelatedOneIsExcluded() throws Exception {
        String user = customer(true, 400);
        String session = "s-" + user;
        String related = message(user, session, "availability");
        String unrelated = message(user, session, "availability");

        HttpResponse<String> good = post(
                user,
                "{\"messageId\":\"" + related + "\",\"type\":\"CORRECTION\","
                        + "\"correction\":\"The newest One Piece volume is 108 and it is in stock.\"}");
        HttpResponse<String> off = post(
                user,
                "{\"messageId\":\"" + unrelated + "\",\"type\":\"CORRECTION\","
                        + "\"correction\":\"My cat likes sleeping in the sun all afternoon.\"}");

        assertThat(good.statusCode()).isEqualTo(201);
        assertThat(good.body()).contains("\"included\":true");
        assertThat(off.statusCode()).isEqualTo(201);
        assertThat(off.body()).contains("\"included\":false");
        assertThat(get("/api/feedback/" + field(off.body(), "feedbackId"), "u-ml", "ml-lead")
                        .body())
                .contains("UNRELATED");
    }

    @Test
    void malformedBodiesGetAProblemWithACodeNeverA5xx() throws Exception {
        String user = customer(true, 400);
        String message = message(user, "s-" + user, "general");

        assertThat(post(user, "not json").body()).contains("\"code\":\"INVALID_BODY\"");
        assertThat(post(user, "{\"messageId\":\"" + message + "\",\"type\":\"STARS\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(post(user, "{\"messageId\":\"" + message + "\",\"type\":\"BINARY\"}")
                        .body())
                .contains("SIGNAL_REQUIRED");
        assertThat(post(user, "{\"messageId\":\"" + message + "\",\"type\":\"BINARY\",\"signal\":\"MAYBE\"}")
                        .body())
                .contains("INVALID_SIGNAL");
        assertThat(post(user, "{\"type\":\"BINARY\",\"signal\":\"UP\"}").statusCode())
                .isEqualTo(400);
        assertThat(post(user, "{\"messageId\":\"" + "x".repeat(500) + "\",\"type\":\"BINARY\",\"signal\":\"UP\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post(
                                user,
                                "{\"messageId\":\"" + message + "\",\"type\":\"CORRECTION\",\"correction\":\""
                                        + "a".repeat(2001) + "\"}")
                        .body())
                .contains("CORRECTION_LENGTH");
    }

    @Test
    void aSignalFromAQuarantinedSessionIsStoredQuarantinedAndDoesNotCount() throws Exception {
        String user = customer(true, 400);
        String session = "s-" + user;
        String message = message(user, session, "general");
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.FEEDBACK_QUARANTINES))
                .item(Map.of(
                        "subject", AttributeValue.fromS("session:" + session),
                        "active", AttributeValue.fromBool(true),
                        "reason", AttributeValue.fromS("test: session under investigation"))));

        HttpResponse<String> response = post(user, binary(message, "UP"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"included\":false").contains("\"provenanceScore\":0.6");
        assertThat(get("/api/feedback/" + field(response.body(), "feedbackId"), "u-oncall", "oncall")
                        .body())
                .contains("\"quarantined\":true")
                .contains("session under investigation");
    }

    @Test
    void aMessageNotAnsweredYetCannotBeRated() throws Exception {
        String user = customer(true, 400);
        String message = message(user, "s-" + user, null);

        HttpResponse<String> response = post(user, binary(message, "UP"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("MESSAGE_NOT_ANSWERED");
    }

    @Test
    void aPreferenceNeedsTwoOfTheCallersAnswersFromOneSession() throws Exception {
        String user = customer(true, 400);
        String session = "s-" + user;
        String a = message(user, session, "recommendation");
        String b = message(user, session, "recommendation");
        String elsewhere = message(user, "s-elsewhere-" + user, "recommendation");

        HttpResponse<String> ok = post(user, preference(a, a, b));
        HttpResponse<String> mixed = post(user, preference(b, b, elsewhere));

        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(mixed.statusCode()).isEqualTo(422);
        assertThat(mixed.body()).contains("SESSION_MISMATCH");
    }

    private String customer(boolean purchases, int ageDays) {
        String user = "u-" + UUID.randomUUID();
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.CUSTOMER_PROFILES))
                .item(Map.of(
                        "user_id", AttributeValue.fromS(user),
                        "has_purchase_history", AttributeValue.fromBool(purchases),
                        "account_created_at",
                                AttributeValue.fromS(
                                        SortableTime.format(Instant.now().minus(Duration.ofDays(ageDays)))))));
        return user;
    }

    private String message(String user, String session, String topic) {
        String id = "m-" + UUID.randomUUID();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("message_id", AttributeValue.fromS(id));
        item.put("session_id", AttributeValue.fromS(session));
        item.put("user_id", AttributeValue.fromS(user));
        item.put("text", AttributeValue.fromS("Is the newest One Piece volume in stock?"));
        item.put("answer_text", AttributeValue.fromS("One Piece volume 107 is in stock."));
        item.put("created_at", AttributeValue.fromS(SortableTime.format(Instant.now())));
        item.put("prompt_version", AttributeValue.fromS("1"));
        if (topic != null) {
            item.put("topic", AttributeValue.fromS(topic));
        }
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.MESSAGES)).item(item));
        return id;
    }

    private static String binary(String messageId, String signal) {
        return "{\"messageId\":\"" + messageId + "\",\"type\":\"BINARY\",\"signal\":\"" + signal + "\"}";
    }

    private static String preference(String messageId, String chosen, String rejected) {
        return "{\"messageId\":\"" + messageId + "\",\"type\":\"PREFERENCE\",\"chosenMessageId\":\"" + chosen
                + "\",\"rejectedMessageId\":\"" + rejected + "\"}";
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"");
        assertThat(start).as(name + " in " + json).isNotNegative();
        int from = start + name.length() + 4;
        return json.substring(from, json.indexOf('"', from));
    }

    private HttpResponse<String> post(String user, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feedback"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + LocalAws.token(user, "customer"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user, String role) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + LocalAws.token(user, role))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
