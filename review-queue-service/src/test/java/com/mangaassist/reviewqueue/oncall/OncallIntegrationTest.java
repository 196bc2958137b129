package com.mangaassist.reviewqueue.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.stats.adapter.in.metrics.QueueMetrics;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.testing.FakeReviewWorkflow;
import com.mangaassist.reviewqueue.testing.Requests;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * Scenario 1 from the on-call's side, over HTTP against the local stack: staffing, stats, metrics,
 * runbooks with their audit trail, the senior pool, handoffs; and no response ever carries a task token.
 */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(properties = {"mangaassist.review.jobs.enabled=false", "mangaassist.review.intake.enabled=false"})
class OncallIntegrationTest extends ReviewQueueSpringTest {

    @Autowired
    TaskIntake intake;

    @Autowired
    MutableClock clock;

    @Autowired
    FakeReviewWorkflow workflow;

    @Autowired
    QueueMetrics metrics;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DynamoDbClient dynamoDb;

    HttpResponse<String> runbook(String path, String body, String key) {
        return send("POST", path, body, key == null ? Map.of() : Map.of("Idempotency-Key", key), "oncall-1", "oncall");
    }

    @Test
    void peakShiftHandoffGapFromTheOncallsSide() {
        // 20:00 JST: three reviewers on shift, peak minimum 3
        for (String r : List.of("ana", "ben", "cho")) {
            assertThat(post("/api/reviewers/me/check-in", null, r, "reviewer").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> leaving = post("/api/reviewers/me/check-out", null, "ana", "reviewer");
        assertThat(leaving.statusCode()).isEqualTo(409);
        assertThat(leaving.body()).contains("\"code\":\"BELOW_MINIMUM_STAFFING\"");
        assertThat(get("/api/reviewers", "ana", "reviewer").statusCode()).isEqualTo(403);

        intake.accept(
                Requests.review("q-p1", Priority.P1, TopicCategory.ORDER_STATUS, 0.6, START.minusSeconds(480), 900));
        intake.accept(
                Requests.review("q-p3-safe", Priority.P3, TopicCategory.GENERAL, 0.82, START.minusSeconds(400), 900));
        intake.accept(
                Requests.review("q-p3-refund", Priority.P3, TopicCategory.REFUND, 0.9, START.minusSeconds(100), 900));
        intake.accept(Requests.handoff("q-handoff", Priority.P2, START));
        assertThat(post("/api/reviews/rt-q-p1/claim", null, "ben", "reviewer").statusCode())
                .isEqualTo(200);

        HttpResponse<String> roster = get("/api/reviewers", "oncall-1", "oncall");
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.body()).contains("\"activeReviewers\":3", "\"minimumStaffing\":3", "\"reviewerId\":\"ben\"");
        assertThat(roster.body()).contains("\"load\":1");

        HttpResponse<String> stats = get("/api/reviews/stats", "oncall-1", "oncall");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("\"depth\":2", "\"activeReviewers\":3", "\"claimed\":1");
        assertThat(stats.body()).contains("\"oldestAgeSeconds\":400");
        metrics.refresh();
        assertThat(meters.get("mangaassist.review.queue.depth")
                        .tag("priority", "P3")
                        .gauge()
                        .value())
                .isEqualTo(2.0);
        assertThat(meters.get("mangaassist.review.reviewers.active").gauge().value())
                .isEqualTo(3.0);

        // bulk approve: dry run shows the count, never the refund
        HttpResponse<String> dry = runbook(
                "/api/runbook/reviews/bulk-approve", "{\"reason\":\"queue 217 deep\",\"minimumConfidence\":0.8}", null);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(dry.body()).contains("\"matched\":1", "\"changed\":0", "\"dryRun\":true", "rt-q-p3-safe");
        assertThat(workflow.completed()).isEmpty();
        HttpResponse<String> protectedTopic = runbook(
                "/api/runbook/reviews/bulk-approve",
                "{\"reason\":\"x\",\"minimumConfidence\":0.8,\"topics\":[\"refund\"]}",
                null);
        assertThat(protectedTopic.statusCode()).isEqualTo(400);
        assertThat(runbook("/api/runbook/reviews/bulk-approve", "{\"minimumConfidence\":0.8}", null)
                        .statusCode())
                .isEqualTo(400);

        // auto-deliver aged P3/P4 for real, twice with the same key
        String body = "{\"reason\":\"P3 older than 5 min\",\"dryRun\":false,\"olderThanSeconds\":300}";
        HttpResponse<String> delivered = runbook("/api/runbook/reviews/auto-deliver-aged", body, "rb-1");
        HttpResponse<String> again = runbook("/api/runbook/reviews/auto-deliver-aged", body, "rb-1");
        assertThat(delivered.body()).contains("\"changed\":1", "rt-q-p3-safe");
        assertThat(again.body()).contains("\"changed\":1", "\"replayed\":true");
        assertThat(workflow.completed()).containsOnlyKeys("token-q-p3-safe");

        // page backup reviewers; the recorded page is visible to on-call
        runbook("/api/runbook/reviews/page-backup-reviewers", "{\"reason\":\"3 of 5 offline\",\"dryRun\":false}", null);
        assertThat(get("/api/oncall/pages", "oncall-1", "oncall").body()).contains("Backup reviewers needed");

        // forced check-out below minimum, audited
        HttpResponse<String> forced =
                runbook("/api/runbook/reviewers/ana/force-check-out", "{\"reason\":\"sick\",\"dryRun\":false}", null);
        assertThat(forced.body()).contains("\"changed\":1");
        List<Map<String, AttributeValue>> audit = dynamoDb.query(b -> b.tableName(names.table(Resources.AUDIT_LOG))
                        .keyConditionExpression("#d = :d")
                        .expressionAttributeNames(Map.of("#d", "day"))
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("2026-11-28"))))
                .items();
        assertThat(audit)
                .extracting(i -> i.get("action").s())
                .contains(
                        "review-queue:bulk-approve",
                        "review-queue:auto-deliver-aged",
                        "review-queue:page-backup-reviewers",
                        "review-queue:force-check-out");
        assertThat(audit).allSatisfy(i -> {
            assertThat(i.get("entry_key").s()).startsWith("2026-11-28T11:00:00.000Z#");
            assertThat(i.get("actor").s()).isEqualTo("oncall-1");
            assertThat(i.get("dry_run").bool()).isNotNull();
        });
        assertThat(audit.stream().filter(i -> i.get("action").s().endsWith("auto-deliver-aged")))
                .hasSize(1);

        // handoffs are their own view
        HttpResponse<String> handoffs = get("/api/handoffs", "ben", "reviewer");
        assertThat(handoffs.body()).contains("ho-q-handoff").doesNotContain("rt-q-p1");
        assertThat(post("/api/handoffs/ho-q-handoff/claim", null, "ben", "reviewer")
                        .statusCode())
                .isEqualTo(200);

        // drain: the P1's workflow deadline passes
        clock.advance(Duration.ofSeconds(500));
        HttpResponse<String> drained =
                runbook("/api/runbook/reviews/drain-timed-out", "{\"reason\":\"drain\",\"dryRun\":false}", null);
        assertThat(drained.body()).contains("rt-q-p1").doesNotContain("rt-q-p3-refund");
        assertThat(get("/api/reviews/rt-q-p1", "ben", "reviewer").body()).contains("\"status\":\"TIMED_OUT\"");
    }

    @Test
    void seniorPoolIsVisibleToReviewersButTakenOnlyBySeniors() {
        intake.accept(Requests.review("s-1", Priority.P2, START.plusSeconds(3600)));
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/reviews/rt-s-1/claim", null, "r" + i, "reviewer")
                            .statusCode())
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(91));
            sweeps().expireLeases();
        }

        assertThat(get("/api/reviews?pool=senior", "r9", "reviewer").body()).contains("rt-s-1", "\"reassignCount\":3");
        HttpResponse<String> refused = post("/api/reviews/rt-s-1/claim", null, "r9", "reviewer");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"SENIOR_ONLY\"");
        assertThat(post("/api/reviews/next", null, "r9", "reviewer").body()).doesNotContain("rt-s-1");
        HttpResponse<String> senior = post("/api/reviews/next", null, "sam", "senior-reviewer");
        assertThat(senior.statusCode()).isEqualTo(200);
        assertThat(senior.body()).contains("rt-s-1").doesNotContain("token");
        assertThat(get("/api/oncall/pages", "oncall-1", "oncall").body()).contains("senior pool");
    }

    @Test
    void customersAndReviewersCannotRunRunbooks() {
        assertThat(runbook("/api/runbook/reviews/drain-timed-out", "{\"reason\":\"x\"}", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/api/runbook/reviews/drain-timed-out", "{\"reason\":\"x\"}", "r1", "reviewer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/reviews/stats", "c1", "customer").statusCode()).isEqualTo(403);
        assertThat(get("/api/handoffs", null).statusCode()).isEqualTo(401);
    }

    @Autowired
    com.mangaassist.reviewqueue.task.application.QueueSweeps sweepsBean;

    com.mangaassist.reviewqueue.task.application.QueueSweeps sweeps() {
        return sweepsBean;
    }
}
