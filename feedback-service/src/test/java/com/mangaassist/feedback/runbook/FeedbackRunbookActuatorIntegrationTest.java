package com.mangaassist.feedback.runbook;

import static com.mangaassist.feedback.testing.Feedback.binary;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.feedback.intake.adapter.out.dynamodb.FeedbackItems;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback's runbooks through {@code /actuator/runbooks}: listed with their roles, described with the same dry
 * run as the REST path, run once per Idempotency-Key, audited; freeze also for the ML lead, unfreeze only for
 * the ML lead, everything else on-call only.
 */
@TestPropertySource(
        properties = {
            "mangaassist.feedback.improvement.schedule.enabled=false",
            "mangaassist.feedback.improvement.reputation.enabled=false",
            "mangaassist.test.context=runbook-actuator"
        })
class FeedbackRunbookActuatorIntegrationTest extends LocalStackSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONCALL = "oncall-actuator";

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Autowired
    FeedbackStore store;

    @Autowired
    Clock clock;

    @Test
    void listingNamesEveryRunbookWithItsRoles() {
        HttpResponse<String> listing = call("GET", "/actuator/runbooks", null, Map.of(), ONCALL, "oncall");

        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        JsonNode runbooks = json(listing).get("runbooks");
        assertThat(runbooks.valueStream().map(r -> r.get("name").asString()))
                .containsExactly(
                        "quarantine",
                        "quarantine-lift",
                        "backfill-topics",
                        "improvement-freeze",
                        "improvement-unfreeze");
        assertThat(runbooks.get(3).get("roles").toString()).isEqualTo("[\"oncall\",\"ml-lead\"]");
        assertThat(runbooks.get(4).get("roles").toString()).isEqualTo("[\"ml-lead\"]");
        assertThat(runbooks.get(0)
                        .get("parameters")
                        .valueStream()
                        .map(p -> p.get("name").asString()))
                .containsExactly("scope", "ids");
        assertThat(runbooks.valueStream().map(r -> r.get("changes").asString()))
                .allSatisfy(changes -> assertThat(changes).isNotBlank());
        assertThat(call("GET", "/actuator/runbooks", null, Map.of(), "ml-1", "ml-lead")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void quarantineDryRunThroughActuatorIsTheRestDryRunAndARealRunHappensOncePerKey() {
        String user = "u-act-" + UUID.randomUUID();
        Instant now = clock.instant();
        for (int i = 0; i < 2; i++) {
            FeedbackRecord record = binary(
                    "fb-" + user + "-" + i,
                    user,
                    "s-" + user,
                    TopicCategory.RECOMMENDATION,
                    Signal.DOWN,
                    now.minusSeconds(60L * (i + 1)));
            dynamoDb.putItem(b -> b.tableName(names.table(Resources.FEEDBACK)).item(FeedbackItems.toItem(record)));
        }

        HttpResponse<String> rest = call(
                "POST",
                "/api/runbook/feedback/quarantine",
                "{\"scope\":\"ACCOUNT\",\"ids\":[\"" + user + "\"],\"reason\":\"campaign\"}",
                Map.of(),
                ONCALL,
                "oncall");
        HttpResponse<String> actuator = call(
                "GET",
                "/actuator/runbooks/quarantine?reason=campaign&scope=ACCOUNT&ids=" + user,
                null,
                Map.of(),
                ONCALL,
                "oncall");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(actuator.statusCode()).as(actuator.body()).isEqualTo(200);
        assertThat(json(actuator).get("dryRun")).isEqualTo(json(rest));
        assertThat(json(rest).get("matched").asInt()).isEqualTo(2);
        assertThat(store.find("fb-" + user + "-0").orElseThrow().quarantined()).isFalse();

        String body = "{\"scope\":\"ACCOUNT\",\"ids\":\"" + user + "\",\"reason\":\"campaign\",\"dryRun\":false}";
        Map<String, String> key = Map.of("Idempotency-Key", "act-" + user);
        HttpResponse<String> first = call("POST", "/actuator/runbooks/quarantine", body, key, ONCALL, "oncall");
        HttpResponse<String> again = call("POST", "/actuator/runbooks/quarantine", body, key, ONCALL, "oncall");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("changed").asInt()).isEqualTo(2);
        assertThat(json(first).get("replayed").asBoolean()).isFalse();
        assertThat(json(again).get("replayed").asBoolean()).isTrue();
        assertThat(json(again).get("ids")).isEqualTo(json(first).get("ids"));
        assertThat(store.find("fb-" + user + "-1").orElseThrow().quarantined()).isTrue();
        HttpResponse<String> reused = call("POST", "/actuator/runbooks/quarantine-lift", body, key, ONCALL, "oncall");
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("\"code\":\"IDEMPOTENCY_KEY_REUSED\"");

        List<Map<String, AttributeValue>> quarantines = auditToday().stream()
                .filter(i -> i.get("actor").s().equals(ONCALL))
                .filter(i -> i.get("action").s().equals("feedback:quarantine"))
                .toList();
        assertThat(quarantines).hasSize(3);
        assertThat(quarantines).filteredOn(i -> !i.get("dry_run").bool()).singleElement();
        assertThat(quarantines).allSatisfy(i -> assertThat(i.get("reason").s()).isEqualTo("campaign"));
    }

    @Test
    void mlLeadFreezesAndUnfreezesOnCallOnlyFreezesOthersNeither() {
        String freeze = "{\"reason\":\"topic bug\",\"dryRun\":false}";
        for (String role : List.of("customer", "reviewer", "category-owner")) {
            assertThat(call("POST", "/actuator/runbooks/improvement-freeze", freeze, Map.of(), "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(call("POST", "/actuator/runbooks/quarantine", freeze, Map.of(), "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(call("POST", "/actuator/runbooks/improvement-freeze", freeze, Map.of(), null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(call("POST", "/actuator/runbooks/quarantine", freeze, Map.of(), "ml-1", "ml-lead")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> frozen =
                call("POST", "/actuator/runbooks/improvement-freeze", freeze, Map.of(), "ml-1", "ml-lead");
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
        assertThat(json(frozen).get("changed").asInt()).isEqualTo(1);
        assertThat(freezeFlag()).isTrue();

        String unfreeze = "{\"reason\":\"data verified\",\"dryRun\":false}";
        assertThat(call("POST", "/actuator/runbooks/improvement-unfreeze", unfreeze, Map.of(), ONCALL, "oncall")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/actuator/runbooks/improvement-unfreeze?reason=x", null, Map.of(), ONCALL, "oncall")
                        .statusCode())
                .isEqualTo(403);
        assertThat(freezeFlag()).isTrue();
        HttpResponse<String> noReason = call(
                "POST", "/actuator/runbooks/improvement-unfreeze", "{\"dryRun\":false}", Map.of(), "ml-1", "ml-lead");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(freezeFlag()).isTrue();
        HttpResponse<String> thawed =
                call("POST", "/actuator/runbooks/improvement-unfreeze", unfreeze, Map.of(), "ml-1", "ml-lead");
        assertThat(thawed.statusCode()).as(thawed.body()).isEqualTo(200);
        assertThat(freezeFlag()).isFalse();
    }

    private boolean freezeFlag() {
        return dynamoDb.getItem(b -> b.tableName(names.table(Resources.LOCKS))
                        .key(Map.of("_id", AttributeValue.fromS("feedback:prompt-improvement-freeze")))
                        .consistentRead(true))
                .item()
                .get("frozen")
                .bool();
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

    private HttpResponse<String> call(
            String method, String path, String body, Map<String, String> headers, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, headers, user, roles);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
