package com.mangaassist.threshold.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdAttributes;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 3 applied past change control, against the local stack: 0.95 written straight into the availability
 * item is drift (endpoint, gauge, audit entry), and the revert runbook ends it by writing the last known-good values
 * as a new version.
 */
@TestPropertySource(properties = {"mangaassist.threshold.jobs.enabled=false", "mangaassist.test.context=drift"})
class ThresholdDriftIntegrationTest extends LocalStackSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Test
    void aDirectWriteIsDriftUntilTheRevertRunbookWritesTheLastKnownGoodAsANewVersion() {
        assertThat(drift().get("drifted").asInt()).isZero();
        double written = effectiveAutoRespondMin("availability");

        dynamoDb.updateItem(b -> b.tableName(names.table(Resources.THRESHOLDS))
                .key(Map.of(ThresholdAttributes.CATEGORY, AttributeValue.fromS("availability")))
                .updateExpression("SET #min = :careless, #by = :who")
                .expressionAttributeNames(
                        Map.of("#min", ThresholdAttributes.AUTO_RESPOND_MIN, "#by", ThresholdAttributes.UPDATED_BY))
                .expressionAttributeValues(Map.of(
                        ":careless", AttributeValue.fromN("0.95"), ":who", AttributeValue.fromS("careless-engineer"))));

        JsonNode found = drift();
        assertThat(found.get("drifted").asInt()).as(found.toString()).isEqualTo(1);
        JsonNode availability = found.get("categories").get(0);
        assertThat(availability.get("category").asString()).isEqualTo("availability");
        assertThat(availability.get("expected").get("autoRespondMin").asDouble())
                .isEqualTo(written);
        assertThat(availability.get("found").get("autoRespondMin").asDouble()).isEqualTo(0.95);
        assertThat(availability.get("updatedBy").asString()).isEqualTo("careless-engineer");
        assertThat(gauge()).isEqualTo(1.0);
        assertThat(actions("availability")).contains("drift:detected").doesNotContain("drift:cleared");
        HttpResponse<String> pages = call("GET", "/api/oncall/pages", null, Map.of(), "oc-drift", "oncall");
        assertThat(pages.body()).contains("outside change control").contains("availability");

        HttpResponse<String> revert = call(
                "POST",
                "/actuator/runbooks/revert-thresholds",
                "{\"reason\":\"drift: 0.95 written past change control\",\"dryRun\":\"false\","
                        + "\"categories\":\"availability\"}",
                Map.of("Idempotency-Key", "drift-revert-1"),
                "oc-drift",
                "oncall");
        assertThat(revert.statusCode()).as(revert.body()).isEqualTo(200);
        assertThat(JSON.readTree(revert.body()).get("changed").asInt()).isEqualTo(1);

        assertThat(drift().get("drifted").asInt()).isZero();
        assertThat(gauge()).isZero();
        assertThat(actions("availability")).contains("drift:detected", "drift:cleared");
        assertThat(effectiveAutoRespondMin("availability")).isEqualTo(written);
    }

    @Test
    void theDriftIsStaffOnly() {
        assertThat(call("GET", "/api/thresholds/drift", null, Map.of(), "c-1", "customer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/thresholds/drift", null, Map.of(), null).statusCode())
                .isEqualTo(401);
        assertThat(call("GET", "/api/thresholds/drift", null, Map.of(), "r-1", "reviewer")
                        .statusCode())
                .isEqualTo(200);
    }

    private JsonNode drift() {
        HttpResponse<String> response =
                call("GET", "/api/thresholds/drift?refresh=true", null, Map.of(), "ml-drift", "ml-lead");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private double gauge() {
        HttpResponse<String> metric = call(
                "GET",
                "/actuator/metrics/mangaassist.threshold.drift.categories",
                null,
                Map.of(),
                "oc-drift",
                "oncall");
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        return JSON.readTree(metric.body())
                .get("measurements")
                .get(0)
                .get("value")
                .asDouble();
    }

    private java.util.List<String> actions(String category) {
        JsonNode trail = JSON.readTree(call("GET", "/api/audit?category=" + category, null, Map.of(), "ml-1", "ml-lead")
                .body());
        return trail.valueStream().map(e -> e.get("action").asString()).toList();
    }

    private double effectiveAutoRespondMin(String category) {
        JsonNode all = JSON.readTree(call("GET", "/api/thresholds", null, Map.of(), "oc-drift", "oncall")
                .body());
        return all.valueStream()
                .filter(c -> c.get("category").asString().equals(category))
                .findFirst()
                .orElseThrow()
                .get("active")
                .get("thresholds")
                .get("autoRespondMin")
                .asDouble();
    }

    private HttpResponse<String> call(
            String method, String path, String body, Map<String, String> headers, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, headers, user, roles);
    }
}
