package com.mangaassist.threshold.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change control's runbooks through {@code /actuator/runbooks}: listed, described with the same dry run as the
 * REST path, run once per Idempotency-Key, audited per category, and on-call only.
 */
@TestPropertySource(
        properties = {"mangaassist.threshold.jobs.enabled=false", "mangaassist.test.context=runbook-actuator"})
class ThresholdRunbookActuatorIntegrationTest extends LocalStackSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONCALL = "oc-actuator";

    @LocalServerPort
    int port;

    @Test
    void listingNamesEveryRunbookWithWhatItChangesItsParametersAndItsGuard() {
        HttpResponse<String> listing = call("GET", "/actuator/runbooks", null, Map.of(), ONCALL, "oncall");

        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        JsonNode runbooks = json(listing).get("runbooks");
        assertThat(runbooks.valueStream().map(r -> r.get("name").asString()))
                .containsExactly(
                        "emergency-relaxation", "lift-emergency-relaxation", "revert-thresholds", "prompt-rollback");
        assertThat(runbooks.get(0).get("guard").asString()).contains("refund, complaint and legal are never relaxed");
        assertThat(runbooks.get(0).get("parameters").get(0).get("name").asString())
                .isEqualTo("autoRespondMin");
        assertThat(runbooks.valueStream().map(r -> r.get("path").asString()))
                .allSatisfy(path -> assertThat(path).startsWith("/api/runbook/"));
    }

    @Test
    void dryRunThroughActuatorIsTheRestDryRunAndARealRunHappensOncePerKey() {
        HttpResponse<String> rest = call(
                "POST",
                "/api/runbook/thresholds/emergency-relaxation",
                "{\"reason\":\"reviewers gone\",\"autoRespondMin\":0.7,\"durationMinutes\":60,\"categories\":[\"general\"]}",
                Map.of(),
                ONCALL,
                "oncall");
        HttpResponse<String> actuator = call(
                "GET",
                "/actuator/runbooks/emergency-relaxation?reason=reviewers%20gone&autoRespondMin=0.7"
                        + "&durationMinutes=60&categories=general",
                null,
                Map.of(),
                ONCALL,
                "oncall");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(actuator.statusCode()).as(actuator.body()).isEqualTo(200);
        JsonNode viaRest = json(rest);
        JsonNode viaActuator = json(actuator).get("dryRun");
        for (String field : List.of("action", "dryRun", "matched", "changed", "failed", "ids")) {
            assertThat(viaActuator.get(field)).as(field).isEqualTo(viaRest.get(field));
        }
        // the summary names the expiry, now + 60 min: the two calls differ by their milliseconds only
        assertThat(viaActuator.get("summary").asString()).startsWith("auto-respond from 0.700 until ");
        assertThat(viaActuator.get("matched").asInt()).isEqualTo(1);
        assertThat(viaActuator.get("ids").get(0).asString()).startsWith("general: ");
        assertThat(effectiveAutoRespondMin("general")).isNotEqualTo(0.7);

        String body = "{\"reason\":\"reviewers gone\",\"dryRun\":false,\"autoRespondMin\":0.7,"
                + "\"durationMinutes\":60,\"categories\":\"general\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "thr-act-1");
        HttpResponse<String> first =
                call("POST", "/actuator/runbooks/emergency-relaxation", body, key, ONCALL, "oncall");
        HttpResponse<String> again =
                call("POST", "/actuator/runbooks/emergency-relaxation", body, key, ONCALL, "oncall");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("changed").asInt()).isEqualTo(1);
        assertThat(json(first).get("replayed").asBoolean()).isFalse();
        assertThat(json(again).get("replayed").asBoolean()).isTrue();
        assertThat(json(again).get("summary")).isEqualTo(json(first).get("summary"));
        assertThat(effectiveAutoRespondMin("general")).isEqualTo(0.7);
        JsonNode trail = json(call("GET", "/api/audit?category=general", null, Map.of(), "ml-1", "ml-lead"));
        assertThat(trail.valueStream()
                        .filter(e -> e.get("action").asString().equals("override:emergency"))
                        .filter(e -> e.get("actor").asString().equals(ONCALL)))
                .singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("reviewers gone"));

        HttpResponse<String> refund = call(
                "POST",
                "/actuator/runbooks/emergency-relaxation",
                "{\"reason\":\"x\",\"autoRespondMin\":0.7,\"categories\":\"refund\"}",
                Map.of(),
                ONCALL,
                "oncall");
        assertThat(refund.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = call(
                "POST",
                "/actuator/runbooks/revert-thresholds",
                "{\"reason\":\"x\",\"categories\":\"nonsense\"}",
                Map.of(),
                ONCALL,
                "oncall");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"code\":\"UNKNOWN_CATEGORY\"");
    }

    @Test
    void onlyOncallReachesTheEndpointAndEveryRunNeedsAReason() {
        String body = "{\"reason\":\"x\"}";
        for (String role : List.of("customer", "reviewer", "ml-lead", "category-owner")) {
            assertThat(call("GET", "/actuator/runbooks", null, Map.of(), "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(call("POST", "/actuator/runbooks/prompt-rollback", body, Map.of(), "u-" + role, role)
                            .statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(call("GET", "/actuator/runbooks/prompt-rollback", null, Map.of(), null)
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> noReason =
                call("POST", "/actuator/runbooks/prompt-rollback", "{\"dryRun\":false}", Map.of(), ONCALL, "oncall");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
    }

    private double effectiveAutoRespondMin(String category) {
        JsonNode all = json(call("GET", "/api/thresholds", null, Map.of(), ONCALL, "oncall"));
        return all.valueStream()
                .filter(c -> c.get("category").asString().equals(category))
                .findFirst()
                .orElseThrow()
                .get("effective")
                .get("autoRespondMin")
                .asDouble();
    }

    private HttpResponse<String> call(
            String method, String path, String body, Map<String, String> headers, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, headers, user, roles);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
