package com.mangaassist.reviewqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.testing.DynamoDbWrites;
import com.mangaassist.common.testing.FuzzInputs;
import com.mangaassist.common.testing.RestFuzzing;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Fuzzing the reviewer API (issue 14): the queue view's parameters, decision bodies with hostile
 * Idempotency-Keys on a task the fuzzing reviewer holds, handoff closes, task ids in paths, runbook bodies and
 * Authorization abuse, against the real MVC stack. Never a 5xx, every error has a code, no DynamoDB write for a
 * refused request ({@link RestFuzzing}).
 */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class, DynamoDbWrites.class})
@TestPropertySource(properties = "mangaassist.review.jobs.enabled=false")
class ReviewQueueRestFuzzIntegrationTest extends RestFuzzing {

    private static final String REVIEWER = "r-fuzz";
    private static final String TASK = "rt-m-fuzz-1";

    @Autowired
    SqsClient sqs;

    @Override
    protected long writes() {
        return writesTo(Resources.REVIEW_TASKS, Resources.REVIEWERS, Resources.REVIEW_OUTCOMES);
    }

    @Override
    protected void prepare() {
        if (status(get("/api/reviews/" + TASK)) == 200) {
            return;
        }
        String url = sqs.getQueueUrl(b -> b.queueName(names.queue(Resources.REVIEW_QUEUE)))
                .queueUrl();
        sqs.sendMessage(b -> b.queueUrl(url)
                .messageBody("{\"kind\":\"review\",\"taskToken\":\"tok-fuzz\",\"messageId\":\"m-fuzz-1\","
                        + "\"sessionId\":\"s-1\",\"userId\":\"u-1\",\"priority\":\"P2\",\"topic\":\"GENERAL\","
                        + "\"confidence\":0.61,\"rawScore\":0.57,\"question\":\"在庫は？\",\"draftAnswer\":\"Yes.\","
                        + "\"lang\":\"ja\",\"createdAt\":\"2026-11-28T10:59:30Z\",\"timeoutSeconds\":300}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(get("/api/reviews/" + TASK)) == 200);
        assertThat(status(request(HttpMethod.POST, "/api/reviews/" + TASK + "/claim", null, REVIEWER, "reviewer")))
                .isEqualTo(200);
    }

    @Property
    void queueViewParameters(
            @ForAll("queryValues") String status,
            @ForAll("queryValues") String priority,
            @ForAll("queryValues") String pool,
            @ForAll("queryValues") String limit) {
        collect(send(request(
                HttpMethod.GET,
                "/api/reviews?status=" + encode(status) + "&priority=" + encode(priority) + "&pool=" + encode(pool)
                        + "&limit=" + encode(limit),
                null,
                REVIEWER,
                "reviewer")));
    }

    @Property
    void handoffViewParameters(@ForAll("queryValues") String status, @ForAll("queryValues") String limit) {
        collect(send(request(
                HttpMethod.GET,
                "/api/handoffs?status=" + encode(status) + "&limit=" + encode(limit),
                null,
                REVIEWER,
                "reviewer")));
    }

    @Property
    void decisionBodiesAndIdempotencyKeys(
            @ForAll("decisionBodies") byte[] body, @ForAll("headerValues") String key, @ForAll boolean withKey) {
        MockHttpServletRequestBuilder request =
                request(HttpMethod.POST, "/api/reviews/" + TASK + "/decision", body, REVIEWER, "reviewer");
        if (withKey) {
            request.header("Idempotency-Key", key);
        }
        collect(send(request));
    }

    @Property
    void taskIdsInPaths(@ForAll("pathSegments") String id, @ForAll("taskActions") String action) {
        collect(send(request(HttpMethod.POST, "/api/" + action.replace("{id}", id), null, "r-fuzz-other", "reviewer")));
        collect(send(request(HttpMethod.GET, "/api/reviews/" + id, null, "r-fuzz-other", "reviewer")));
    }

    @Property
    void handoffCloseBodies(@ForAll("closeBodies") byte[] body, @ForAll("pathSegments") String id) {
        collect(send(request(HttpMethod.POST, "/api/handoffs/" + id + "/close", body, REVIEWER, "reviewer")));
    }

    @Property
    void runbookBodiesAndIdempotencyKeys(@ForAll("runbookBodies") byte[] body, @ForAll("headerValues") String key) {
        MockHttpServletRequestBuilder request =
                request(HttpMethod.POST, "/api/runbook/reviews/reprioritise", body, "u-fuzz-oncall", "oncall");
        request.header("Idempotency-Key", key);
        collect(send(request));
    }

    @Property
    void authorizationHeaderAbuse(@ForAll("headerValues") String authorization) {
        MockHttpServletResponse response =
                send(MockMvcRequestBuilders.post("/api/reviews/next").header("Authorization", authorization));
        collect(response);
        assertThat(response.getStatus()).as(body(response)).isIn(400, 401);
    }

    // the regression corpus: inputs that once failed a property here (see the note of issue 14)

    @Example
    void aNulInTheIdempotencyKeyIsABadRequest() {
        decisionBodiesAndIdempotencyKeys("{\"decision\":\"APPROVE\"}".getBytes(StandardCharsets.UTF_8), "\u0000", true);
    }

    @Provide
    Arbitrary<byte[]> decisionBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("decision", Arbitraries.of("APPROVE", "EDIT", "REJECT", "approve", "MAYBE"));
        fields.put("editedResponse", Arbitraries.of("Edited answer.", "", "e".repeat(5000)));
        fields.put("notes", Arbitraries.of("ok", "n".repeat(1001)));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<byte[]> closeBodies() {
        return FuzzInputs.bodies(Map.of("notes", Arbitraries.of("done", "n".repeat(5000))));
    }

    @Provide
    Arbitrary<byte[]> runbookBodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("dryRun", Arbitraries.of(true));
        fields.put("reason", Arbitraries.of("fuzz", ""));
        fields.put("topics", Arbitraries.of(java.util.List.of("general"), java.util.List.of()));
        fields.put("olderThanSeconds", Arbitraries.of(300, -1, 0));
        fields.put("toPriority", Arbitraries.of("P1", "P9"));
        return FuzzInputs.bodies(fields);
    }

    @Provide
    Arbitrary<String> taskActions() {
        return Arbitraries.of(
                "reviews/{id}/claim", "reviews/{id}/renew", "reviews/{id}/release", "handoffs/{id}/claim");
    }

    @Provide
    Arbitrary<String> pathSegments() {
        return FuzzInputs.queryValues().map(ReviewQueueRestFuzzIntegrationTest::encode);
    }

    @Provide
    Arbitrary<String> queryValues() {
        return FuzzInputs.queryValues();
    }

    @Provide
    Arbitrary<String> headerValues() {
        return FuzzInputs.headerValues();
    }

    private MockHttpServletRequestBuilder get(String path) {
        return request(HttpMethod.GET, path, null, REVIEWER, "reviewer");
    }

    private int status(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(MockHttpServletResponse response) {
        Statistics.collect(response.getStatus(), codeOf(body(response)));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
