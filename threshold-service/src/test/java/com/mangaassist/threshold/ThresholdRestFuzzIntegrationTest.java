package com.mangaassist.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.DynamoDbWrites;
import com.mangaassist.common.testing.FuzzInputs;
import com.mangaassist.common.testing.RestFuzzing;
import com.mangaassist.model.resources.Resources;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Fuzzing governed configuration (issue 14): proposals, simulations and decisions with random and malformed
 * bodies, the list, audit and routing-stats parameters, category and prompt ids in paths, runbook bodies with
 * hostile Idempotency-Keys, and Authorization abuse, against the real MVC stack. Never a 5xx, every error has a
 * code, and a refused request writes no configuration (thresholds, versions, prompts, change requests; the audit
 * trail records refusals on purpose and is not counted).
 */
@Import(DynamoDbWrites.class)
@TestPropertySource(properties = "mangaassist.threshold.jobs.enabled=false")
class ThresholdRestFuzzIntegrationTest extends RestFuzzing {

    private static final String LEAD = "u-fuzz-ml";

    @Override
    protected long writes() {
        return writesTo(
                Resources.THRESHOLDS, Resources.THRESHOLD_VERSIONS, Resources.PROMPTS, Resources.CHANGE_REQUESTS);
    }

    @Property
    void proposals(@ForAll("proposalBodies") byte[] body) {
        collect(send(request(HttpMethod.POST, "/api/change-requests", body, LEAD, "ml-lead")));
    }

    @Property
    void simulations(@ForAll("simulationBodies") byte[] body) {
        MockHttpServletResponse response =
                send(request(HttpMethod.POST, "/api/simulations/thresholds", body, "u-fuzz-rev", "reviewer"));
        collect(response);
    }

    @Property
    void decisions(@ForAll("decisionBodies") byte[] body, @ForAll("pathSegments") String id, @ForAll boolean approve) {
        collect(send(request(
                HttpMethod.POST,
                "/api/change-requests/" + id + (approve ? "/approve" : "/reject"),
                body,
                "u-fuzz-owner",
                "category-owner")));
    }

    @Property
    void listAuditAndStatsParameters(
            @ForAll("queryValues") String a, @ForAll("queryValues") String b, @ForAll("queryValues") String c) {
        collect(send(get("/api/change-requests?state=" + encode(a) + "&limit=" + encode(b))));
        collect(send(get("/api/audit?since=" + encode(a) + "&until=" + encode(b) + "&category=" + encode(c) + "&limit="
                + encode(c))));
        collect(send(get("/api/routing/stats?hours=" + encode(a))));
    }

    @Property
    void idsInPaths(@ForAll("pathSegments") String id) {
        collect(send(get("/api/thresholds/" + id)));
        collect(send(get("/api/thresholds/" + id + "/versions")));
        collect(send(get("/api/prompts/" + id)));
        collect(send(get("/api/change-requests/" + id)));
        collect(send(get("/api/change-requests/" + id + "/evaluation")));
    }

    @Property
    void runbookBodiesAndIdempotencyKeys(@ForAll("relaxationBodies") byte[] body, @ForAll("headerValues") String key) {
        MockHttpServletRequestBuilder request = request(
                HttpMethod.POST, "/api/runbook/thresholds/emergency-relaxation", body, "u-fuzz-oncall", "oncall");
        request.header("Idempotency-Key", key);
        collect(send(request));
    }

    @Property
    void authorizationHeaderAbuse(@ForAll("headerValues") String authorization) {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.get("/api/thresholds").header("Authorization", authorization));
        collect(response);
        assertThat(response.getStatus()).as(body(response)).isIn(400, 401);
    }

    @Provide
    Arbitrary<byte[]> proposalBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("kind", Arbitraries.of("THRESHOLDS", "PROMPT", "thresholds", "OTHER"));
        fields.put(
                "changes",
                Arbitraries.of(
                        Map.of("general", Map.of("autoRespondMin", 0.9)),
                        Map.of("general", Map.of("autoRespondMin", 0.2, "reviewMin", 0.9)),
                        Map.of("nope", Map.of("autoRespondMin", 0.9)),
                        Map.of("promptId", "answering-system", "text", "Be kind."),
                        Map.of()));
        fields.put("reason", Arbitraries.of("fuzz", "", "r".repeat(1001)));
        fields.put("canaryPercent", Arbitraries.of(5, 0, 101, -1));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<byte[]> simulationBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put(
                "changes",
                Arbitraries.of(
                        Map.of("general", Map.of("autoRespondMin", 0.95)),
                        Map.of("general", Map.of("autoRespondMin", 2)),
                        Map.of("refund", Map.of("handoffBelow", 0.99)),
                        Map.of()));
        fields.put("lookbackHours", Arbitraries.of(24, 0, 193, -5));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<byte[]> decisionBodies() {
        return FuzzInputs.bodies(Map.of("note", Arbitraries.of("ok", "n".repeat(5000))));
    }

    @Provide
    Arbitrary<byte[]> relaxationBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("dryRun", Arbitraries.of(true));
        fields.put("reason", Arbitraries.of("fuzz", ""));
        fields.put("autoRespondMin", Arbitraries.of(0.7, 0.4, 1.5));
        fields.put("categories", Arbitraries.of(List.of("general"), List.of("refund"), List.of()));
        fields.put("durationMinutes", Arbitraries.of(60, 0, 481));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<String> pathSegments() {
        return FuzzInputs.queryValues().map(ThresholdRestFuzzIntegrationTest::encode);
    }

    @Provide
    Arbitrary<String> queryValues() {
        return FuzzInputs.queryValues();
    }

    @Provide
    Arbitrary<String> headerValues() {
        return FuzzInputs.headerValues();
    }

    private static MockHttpServletRequestBuilder get(String path) {
        return request(HttpMethod.GET, path, null, LEAD, "ml-lead");
    }

    private static void collect(MockHttpServletResponse response) {
        Statistics.collect(response.getStatus(), codeOf(body(response)));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
