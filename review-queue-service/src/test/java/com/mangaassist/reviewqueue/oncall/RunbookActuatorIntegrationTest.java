package com.mangaassist.reviewqueue.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.testing.FakeReviewWorkflow;
import com.mangaassist.reviewqueue.testing.Requests;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue's runbooks through {@code /actuator/runbooks}: listed, described with the same dry run as
 * the REST path, run once per Idempotency-Key (shared with the REST path), audited, and on-call only.
 */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(
        properties = {
            "mangaassist.review.jobs.enabled=false",
            "mangaassist.review.intake.enabled=false",
            "mangaassist.test.context=runbook-actuator"
        })
class RunbookActuatorIntegrationTest extends ReviewQueueSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONCALL = "oncall-actuator";

    @Autowired
    TaskIntake intake;

    @Autowired
    FakeReviewWorkflow workflow;

    @Autowired
    DynamoDbClient dynamoDb;

    @Test
    void listingNamesEveryRunbookWithWhatItChangesItsParametersAndItsGuard() {
        HttpResponse<String> listing = get("/actuator/runbooks", ONCALL, "oncall");

        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        JsonNode runbooks = json(listing).get("runbooks");
        List<String> names = new ArrayList<>();
        runbooks.forEach(r -> names.add(r.get("name").asString()));
        assertThat(names)
                .containsExactly(
                        "reprioritise",
                        "auto-deliver-aged",
                        "bulk-approve",
                        "page-backup-reviewers",
                        "drain-timed-out",
                        "force-check-out");
        runbooks.forEach(r -> {
            assertThat(r.get("changes").asString()).isNotBlank();
            assertThat(r.get("guard").asString()).isNotBlank();
            assertThat(r.get("path").asString()).startsWith("/api/runbook/");
            assertThat(r.get("roles").toString()).isEqualTo("[\"oncall\"]");
        });
        JsonNode bulk = runbooks.get(2);
        assertThat(bulk.get("parameters").get(0).get("name").asString()).isEqualTo("minimumConfidence");
        assertThat(bulk.get("parameters").get(0).get("required").asBoolean()).isTrue();
        assertThat(bulk.get("guard").asString()).contains("never refund/complaint/legal");
    }

    @Test
    void dryRunThroughActuatorIsTheRestDryRunAndARealRunHappensOncePerKey() {
        intake.accept(
                Requests.review("act-safe", Priority.P3, TopicCategory.GENERAL, 0.82, START.minusSeconds(400), 900));

        HttpResponse<String> described = get("/actuator/runbooks/bulk-approve", ONCALL, "oncall");
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(json(described).get("dryRun").isNull()).isTrue();
        assertThat(json(described).get("runbook").get("name").asString()).isEqualTo("bulk-approve");

        HttpResponse<String> rest = send(
                "POST",
                "/api/runbook/reviews/bulk-approve",
                "{\"reason\":\"queue deep\",\"minimumConfidence\":0.8}",
                Map.of(),
                ONCALL,
                "oncall");
        HttpResponse<String> actuator =
                get("/actuator/runbooks/bulk-approve?reason=queue%20deep&minimumConfidence=0.8", ONCALL, "oncall");
        assertThat(actuator.statusCode()).as(actuator.body()).isEqualTo(200);
        assertThat(json(actuator).get("dryRun")).isEqualTo(json(rest));
        assertThat(json(actuator).get("dryRun").get("ids").toString()).contains("rt-act-safe");
        assertThat(workflow.completed()).doesNotContainKey("token-act-safe");

        String body = "{\"reason\":\"P3 older than 5 min\",\"dryRun\":false,\"olderThanSeconds\":300}";
        Map<String, String> key = Map.of("Idempotency-Key", "act-key-1");
        HttpResponse<String> first = send("POST", "/actuator/runbooks/auto-deliver-aged", body, key, ONCALL, "oncall");
        HttpResponse<String> again = send("POST", "/actuator/runbooks/auto-deliver-aged", body, key, ONCALL, "oncall");
        HttpResponse<String> viaRest =
                send("POST", "/api/runbook/reviews/auto-deliver-aged", body, key, ONCALL, "oncall");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("changed").asInt()).isEqualTo(1);
        assertThat(json(first).get("replayed").asBoolean()).isFalse();
        assertThat(json(first).get("ids").toString()).contains("rt-act-safe");
        for (HttpResponse<String> replay : List.of(again, viaRest)) {
            assertThat(json(replay).get("replayed").asBoolean()).isTrue();
            assertThat(json(replay).get("changed")).isEqualTo(json(first).get("changed"));
            assertThat(json(replay).get("ids")).isEqualTo(json(first).get("ids"));
        }
        assertThat(workflow.completed()).containsKey("token-act-safe");

        List<Map<String, AttributeValue>> audit = auditOf(ONCALL);
        assertThat(audit.stream().filter(i -> i.get("action").s().equals("review-queue:auto-deliver-aged")))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("dry_run").bool()).isFalse();
                    assertThat(i.get("reason").s()).isEqualTo("P3 older than 5 min");
                });
        assertThat(audit.stream().filter(i -> i.get("action").s().equals("review-queue:bulk-approve")))
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.get("dry_run").bool()).isTrue());
    }

    @Test
    void onlyOncallReachesTheEndpointAndEveryRunNeedsAReason() {
        String body = "{\"reason\":\"x\"}";
        for (String role : List.of("customer", "reviewer", "senior-reviewer", "ml-lead")) {
            assertThat(get("/actuator/runbooks", "u-" + role, role).statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(get("/actuator/runbooks/drain-timed-out?reason=x", "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(post("/actuator/runbooks/drain-timed-out", body, "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(get("/actuator/runbooks", null).statusCode()).isEqualTo(401);
        assertThat(post("/actuator/runbooks/drain-timed-out", body, null).statusCode())
                .isEqualTo(401);

        HttpResponse<String> noReason =
                post("/actuator/runbooks/drain-timed-out", "{\"dryRun\":false}", ONCALL, "oncall");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"code\":\"INVALID_REQUEST\"", "reason");
        assertThat(post("/actuator/runbooks/no-such-runbook", body, ONCALL, "oncall")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> badPriority =
                post("/actuator/runbooks/reprioritise", "{\"reason\":\"x\",\"toPriority\":\"P9\"}", ONCALL, "oncall");
        assertThat(badPriority.statusCode()).isEqualTo(400);
        HttpResponse<String> dry = post("/actuator/runbooks/drain-timed-out", body, ONCALL, "oncall");
        assertThat(dry.statusCode()).isEqualTo(200);
        assertThat(json(dry).get("dryRun").asBoolean()).isTrue();
    }

    private List<Map<String, AttributeValue>> auditOf(String actor) {
        return dynamoDb
                .query(b -> b.tableName(names.table(Resources.AUDIT_LOG))
                        .keyConditionExpression("#d = :d")
                        .expressionAttributeNames(Map.of("#d", "day"))
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("2026-11-28"))))
                .items()
                .stream()
                .filter(i -> i.get("actor").s().equals(actor))
                .toList();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
