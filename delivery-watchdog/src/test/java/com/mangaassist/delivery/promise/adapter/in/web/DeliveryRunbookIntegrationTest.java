package com.mangaassist.delivery.promise.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.delivery.testing.DeliveryStackTest;
import com.mangaassist.delivery.testing.TestGateway;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.Resources;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

class DeliveryRunbookIntegrationTest extends DeliveryStackTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dryRunReportsStuckDeliveriesAndChangesNothingThenTheRealRunKeepsThemAndIsAudited() throws Exception {
        String userId = newId("u-stuck");
        TestGateway.Socket socket = TestGateway.get().connect();
        Instant from = clock.instant().minusSeconds(1);
        String messageId = newId("m-stuck");
        promise(messageId, userId, socket.connectionId(), "Stuck draft.");
        Instant to = clock.instant().plusSeconds(1);
        clock.advance(PROMISE_WINDOW.plusMinutes(1));
        String window = "\"from\":\"" + from + "\",\"to\":\"" + to + "\"";

        HttpResponse<String> dry = post("/retry", "{" + window + ",\"dryRun\":true,\"reason\":\"INC-4 check\"}", null);

        assertThat(dry.statusCode()).isEqualTo(200);
        JsonNode dryReport = json.readTree(dry.body());
        assertThat(dryReport.get("dryRun").asBoolean()).isTrue();
        assertThat(dryReport.get("messageIds").toString()).contains(messageId);
        assertThat(dryReport.get("outcomes").get("wouldRetry").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.PENDING);
        assertThat(socket.receivedContaining(messageId)).isEmpty();

        HttpResponse<String> real =
                post("/retry", "{" + window + ",\"dryRun\":false,\"reason\":\"INC-4 retry\"}", "retry-" + messageId);
        HttpResponse<String> repeat =
                post("/retry", "{" + window + ",\"dryRun\":false,\"reason\":\"INC-4 retry\"}", "retry-" + messageId);

        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(json.readTree(real.body()).get("outcomes").get("websocket").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.FALLBACK);
        assertThat(repeat.body()).isEqualTo(real.body());
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(auditEntries("deliveries.retry")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void apologiesGoOnlyToConnectedUsersWithOverduePromises() throws Exception {
        TestGateway.Socket connected = TestGateway.get().connect();
        TestGateway.Socket gone = TestGateway.get().connect();
        closeAndAwaitGone(gone);
        String waiting = newId("m-waiting");
        String left = newId("m-left");
        promise(waiting, newId("u"), connected.connectionId(), "Answer for the waiting user.");
        promise(left, newId("u"), gone.connectionId(), "Answer for the user who left.");
        clock.advance(PROMISE_WINDOW.plusMinutes(1));

        HttpResponse<String> dry = post("/apologies", "{\"dryRun\":true,\"reason\":\"INC-4 apologies\"}", null);
        assertThat(json.readTree(dry.body()).get("messageIds").toString())
                .contains(waiting)
                .doesNotContain(left);
        assertThat(stored(waiting).status()).isEqualTo(PromiseStatus.PENDING);

        HttpResponse<String> real = post("/apologies", "{\"dryRun\":false,\"reason\":\"INC-4 apologies\"}", null);

        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(stored(waiting).status()).isEqualTo(PromiseStatus.FALLBACK);
        assertThat(stored(left).status())
                .as("left to the watchdog's inbox and email fallback")
                .isEqualTo(PromiseStatus.PENDING);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !connected.receivedContaining(waiting).isEmpty());
        assertThat(connected.receivedContaining(waiting).get(0)).contains("delayed_response");
    }

    @Test
    void requestsOutsideTheLimitsAreRejectedWithACode() throws Exception {
        Instant now = clock.instant();
        HttpResponse<String> tooLong = post(
                "/retry",
                "{\"from\":\"" + now.minus(Duration.ofHours(25)) + "\",\"to\":\"" + now
                        + "\",\"dryRun\":true,\"reason\":\"r\"}",
                null);
        HttpResponse<String> noReason =
                post("/retry", "{\"from\":\"" + now + "\",\"to\":\"" + now + "\",\"dryRun\":true}", null);
        HttpResponse<String> longReason =
                post("/apologies", "{\"dryRun\":true,\"reason\":\"" + "x".repeat(501) + "\"}", null);
        HttpResponse<String> malformed = post("/apologies", "{not json", null);

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"code\":\"WINDOW_TOO_LONG\"");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"code\":\"REASON_REQUIRED\"");
        assertThat(longReason.statusCode()).isEqualTo(422);
        assertThat(longReason.body()).contains("\"code\":\"REASON_TOO_LONG\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    @Test
    void reviewersCannotRunDeliveryRunbooks() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/runbook/deliveries/apologies"))
                        .header("Authorization", "Bearer " + LocalAws.token("r-1", "reviewer"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"dryRun\":true,\"reason\":\"r\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theActuatorPathListsDescribesAndRunsTheSameRunbooksOncePerKey() throws Exception {
        HttpResponse<String> listing = actuator("GET", "/actuator/runbooks", null, null, "oncall-1", "oncall");
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        JsonNode runbooks = json.readTree(listing.body()).get("runbooks");
        assertThat(runbooks.valueStream().map(r -> r.get("name").asString())).containsExactly("retry", "apologies");
        assertThat(runbooks.get(0).get("guard").asString()).contains("PENDING and overdue only");
        assertThat(runbooks.get(0)
                        .get("parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString()))
                .containsExactly("from", "to");

        TestGateway.Socket socket = TestGateway.get().connect();
        Instant from = clock.instant().minusSeconds(1);
        String messageId = newId("m-actuator");
        promise(messageId, newId("u-actuator"), socket.connectionId(), "Draft via the actuator.");
        Instant to = clock.instant().plusSeconds(1);
        clock.advance(PROMISE_WINDOW.plusMinutes(1));
        int auditedBefore = auditEntries("deliveries.retry");

        HttpResponse<String> restDry =
                post("/retry", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"INC-4 act\"}", null);
        HttpResponse<String> actuatorDry = actuator(
                "GET",
                "/actuator/runbooks/retry?reason=INC-4%20act&from=" + from + "&to=" + to,
                null,
                null,
                "oncall-1",
                "oncall");
        assertThat(actuatorDry.statusCode()).as(actuatorDry.body()).isEqualTo(200);
        JsonNode viaRest = json.readTree(restDry.body());
        JsonNode viaActuator = json.readTree(actuatorDry.body()).get("dryRun");
        for (String field : java.util.List.of("action", "dryRun", "considered", "messageIds", "outcomes")) {
            assertThat(viaActuator.get(field)).as(field).isEqualTo(viaRest.get(field));
        }
        assertThat(viaActuator.get("messageIds").toString()).contains(messageId);
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.PENDING);

        String body = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"dryRun\":false,\"reason\":\"INC-4 act\"}";
        String key = "act-" + messageId;
        HttpResponse<String> first = actuator("POST", "/actuator/runbooks/retry", body, key, "oncall-1", "oncall");
        HttpResponse<String> again = actuator("POST", "/actuator/runbooks/retry", body, key, "oncall-1", "oncall");
        HttpResponse<String> viaRestWithKey = post("/retry", body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode firstRun = json.readTree(first.body());
        assertThat(firstRun.get("replayed").asBoolean()).isFalse();
        assertThat(firstRun.get("outcomes").get("websocket").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.FALLBACK);
        JsonNode secondRun = json.readTree(again.body());
        assertThat(secondRun.get("replayed").asBoolean()).isTrue();
        assertThat(secondRun.get("outcomes")).isEqualTo(firstRun.get("outcomes"));
        assertThat(secondRun.get("messageIds")).isEqualTo(firstRun.get("messageIds"));
        assertThat(viaRestWithKey.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json.readTree(viaRestWithKey.body()).get("outcomes")).isEqualTo(firstRun.get("outcomes"));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !socket.receivedContaining(messageId).isEmpty());
        assertThat(socket.receivedContaining(messageId)).hasSize(1);
        assertThat(auditEntries("deliveries.retry") - auditedBefore)
                .as("two dry runs and one real run; replays are not runs")
                .isEqualTo(3);
    }

    @Test
    void theActuatorPathIsOncallOnlyAndNeedsAReason() throws Exception {
        for (String role : java.util.List.of("customer", "reviewer", "ml-lead")) {
            assertThat(actuator("GET", "/actuator/runbooks", null, null, "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(actuator("POST", "/actuator/runbooks/apologies", "{\"reason\":\"r\"}", null, "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(actuator("POST", "/actuator/runbooks/apologies", "{\"reason\":\"r\"}", null, null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> noReason =
                actuator("POST", "/actuator/runbooks/apologies", "{\"dryRun\":false}", null, "oncall-1", "oncall");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Instant now = clock.instant();
        HttpResponse<String> tooLong = actuator(
                "POST",
                "/actuator/runbooks/retry",
                "{\"from\":\"" + now.minus(Duration.ofHours(25)) + "\",\"to\":\"" + now + "\",\"reason\":\"r\"}",
                null,
                "oncall-1",
                "oncall");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"code\":\"WINDOW_TOO_LONG\"");
    }

    private HttpResponse<String> actuator(
            String method, String path, String body, String idempotencyKey, String subject, String... roles)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (subject != null) {
            request.header("Authorization", "Bearer " + LocalAws.token(subject, roles));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/runbook/deliveries" + path))
                .header("Authorization", "Bearer " + LocalAws.token("oncall-1", "oncall"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int auditEntries(String action) {
        String day = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return (int) dynamoDb
                .query(b -> b.tableName(names.table(Resources.AUDIT_LOG))
                        .keyConditionExpression("#day = :day")
                        .expressionAttributeNames(Map.of("#day", "day"))
                        .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(day))))
                .items()
                .stream()
                .filter(item -> item.get("action").s().equals(action))
                .count();
    }
}
