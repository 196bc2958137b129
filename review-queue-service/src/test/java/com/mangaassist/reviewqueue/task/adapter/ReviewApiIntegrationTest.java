package com.mangaassist.reviewqueue.task.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.reviewqueue.testing.FakeReviewWorkflow;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Intake from the real queue into the real table, and the reviewer API over HTTP with real tokens. */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(properties = "mangaassist.review.jobs.enabled=false")
class ReviewApiIntegrationTest extends ReviewQueueSpringTest {

    @Autowired
    FakeReviewWorkflow workflow;

    @Autowired
    MutableClock clock;

    @Autowired
    DynamoDbClient dynamoDb;

    static String review(String messageId, String priority, String createdAt) {
        return "{\"kind\":\"review\",\"taskToken\":\"SECRET-TOKEN-" + messageId + "\",\"messageId\":\"" + messageId
                + "\",\"sessionId\":\"s-1\",\"userId\":\"u-1\",\"priority\":\"" + priority
                + "\",\"topic\":\"GENERAL\",\"confidence\":0.61,\"rawScore\":0.57,\"question\":\"在庫は？\","
                + "\"draftAnswer\":\"Yes, in stock.\",\"lang\":\"ja\",\"createdAt\":\"" + createdAt
                + "\",\"timeoutSeconds\":300}";
    }

    void awaitTask(String taskId) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> get("/api/reviews/" + taskId, "r-any", "reviewer").statusCode() == 200);
    }

    @Test
    void aQueuedReviewIsStoredOnceClaimedAndApprovedWithoutTheTokenEverShowing() {
        sendToQueue(Resources.REVIEW_QUEUE, review("m-100", "P2", "2026-11-28T10:59:30Z"));
        sendToQueue(Resources.REVIEW_QUEUE, review("m-100", "P2", "2026-11-28T10:59:30Z"));
        sendToQueue(Resources.REVIEW_QUEUE, review("m-101", "P1", "2026-11-28T10:59:50Z"));
        awaitTask("rt-m-100");
        awaitTask("rt-m-101");

        HttpResponse<String> queue = get("/api/reviews?status=PENDING&limit=10", "alice", "reviewer");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).doesNotContain("SECRET-TOKEN").doesNotContain("taskToken");
        assertThat(queue.body().indexOf("rt-m-101")).isLessThan(queue.body().indexOf("rt-m-100"));
        assertThat(queue.body()).containsOnlyOnce("rt-m-100");

        HttpResponse<String> next = post("/api/reviews/next", null, "alice", "reviewer");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("\"taskId\":\"rt-m-101\"", "\"leaseExpiresAt\":\"2026-11-28T11:01:30.000Z\"");
        assertThat(next.body()).doesNotContain("SECRET-TOKEN");

        HttpResponse<String> othersDecision = decide("rt-m-101", "bob", "{\"decision\":\"APPROVE\"}", "k-bob");
        assertThat(othersDecision.statusCode()).isEqualTo(403);
        assertThat(othersDecision.body()).contains("\"code\":\"NOT_CLAIM_HOLDER\"");

        HttpResponse<String> approved =
                decide("rt-m-101", "alice", "{\"decision\":\"APPROVE\",\"notes\":\"ok\"}", "k-1");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").doesNotContain("SECRET-TOKEN");
        HttpResponse<String> replay = decide("rt-m-101", "alice", "{\"decision\":\"REJECT\"}", "k-1");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(approved.body());
        assertThat(workflow.completed()).containsOnlyKeys("SECRET-TOKEN-m-101");
        assertThat(workflow.completed().get("SECRET-TOKEN-m-101").kind()).isEqualTo(DeliveryKind.REVIEWED);

        List<Map<String, AttributeValue>> outcomes = dynamoDb.query(
                        b -> b.tableName(names.table(Resources.REVIEW_OUTCOMES))
                                .keyConditionExpression("topic = :t")
                                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("general"))))
                .items();
        assertThat(outcomes).singleElement().satisfies(item -> {
            assertThat(item.get("outcome_key").s()).isEqualTo("2026-11-28T11:00:00.000Z#m-101");
            assertThat(item.get("raw_score").n()).isEqualTo("0.57");
            assertThat(item.get("approved_unchanged").bool()).isTrue();
            assertThat(item.get("outcome").s()).isEqualTo("APPROVED_UNCHANGED");
            assertThat(item.get("decided_at").s()).isEqualTo("2026-11-28T11:00:00.000Z");
        });
    }

    @Test
    void claimConflictsAndTooLateDecisionsAreProblemDetails() {
        sendToQueue(Resources.REVIEW_QUEUE, review("m-200", "P3", "2026-11-28T10:58:00Z"));
        awaitTask("rt-m-200");

        assertThat(post("/api/reviews/rt-m-200/claim", null, "carol", "reviewer")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> conflict = post("/api/reviews/rt-m-200/claim", null, "dave", "reviewer");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(conflict.body()).contains("\"code\":\"ALREADY_CLAIMED\"");

        HttpResponse<String> noKey = send(
                "POST", "/api/reviews/rt-m-200/decision", "{\"decision\":\"APPROVE\"}", Map.of(), "carol", "reviewer");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("IDEMPOTENCY_KEY_REQUIRED");
        HttpResponse<String> editWithoutText = decide("rt-m-200", "carol", "{\"decision\":\"EDIT\"}", "k-e");
        assertThat(editWithoutText.statusCode()).isEqualTo(400);
        assertThat(editWithoutText.body()).contains("INVALID_DECISION");
        HttpResponse<String> longNotes =
                decide("rt-m-200", "carol", "{\"decision\":\"APPROVE\",\"notes\":\"" + "n".repeat(1001) + "\"}", "k-n");
        assertThat(longNotes.statusCode()).isEqualTo(400);
        assertThat(get("/api/reviews?limit=101", "carol", "reviewer").body()).contains("INVALID_LIMIT");

        clock.advance(Duration.ofSeconds(180));
        HttpResponse<String> late = decide("rt-m-200", "carol", "{\"decision\":\"APPROVE\"}", "k-late");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("\"code\":\"DECISION_TOO_LATE\"");
        assertThat(workflow.completed()).doesNotContainKey("SECRET-TOKEN-m-200");
    }

    HttpResponse<String> decide(String taskId, String subject, String body, String key) {
        return send(
                "POST",
                "/api/reviews/" + taskId + "/decision",
                body,
                Map.of("Idempotency-Key", key),
                subject,
                "reviewer");
    }
}
