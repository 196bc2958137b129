package com.mangaassist.reviewqueue.stats.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskContent;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/reviews/decisions} on the local stack: tasks created inside a past week counted by how they ended
 * (counting queries on the status/priority index), the ones created just outside left out, the approved-unchanged
 * share of the human decisions; on-call and ML leads only.
 */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(
        properties = {
            "mangaassist.review.jobs.enabled=false",
            "mangaassist.review.intake.enabled=false",
            "mangaassist.test.context=decision-summary"
        })
class DecisionSummaryIntegrationTest extends ReviewQueueSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant FROM = Instant.parse("2026-11-22T15:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-29T15:00:00Z");
    private static final ReviewSlaPolicy SLA = new ReviewSlaPolicy(Map.of(
            Priority.P1, Duration.ofSeconds(60),
            Priority.P2, Duration.ofSeconds(120),
            Priority.P3, Duration.ofSeconds(300),
            Priority.P4, Duration.ofSeconds(300)));

    @Autowired
    ReviewTasks tasks;

    @Test
    void theWeeksReviewsAreCountedByHowTheyEndedWithTheApprovedUnchangedShare() {
        ended(TaskStatus.APPROVED, Priority.P1, FROM);
        ended(TaskStatus.APPROVED, Priority.P2, FROM.plus(Duration.ofDays(3)));
        ended(TaskStatus.APPROVED, Priority.P3, TO.minusMillis(1));
        ended(TaskStatus.EDITED, Priority.P2, FROM.plus(Duration.ofDays(1)));
        ended(TaskStatus.TIMED_OUT, Priority.P4, FROM.plus(Duration.ofDays(2)));
        ended(TaskStatus.APPROVED, Priority.P1, FROM.minusMillis(1)); // the week before
        ended(TaskStatus.REJECTED, Priority.P1, TO); // the week after

        HttpResponse<String> response = get("/api/reviews/decisions?from=" + FROM + "&to=" + TO, "ml-1", "ml-lead");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("byStatus").get("APPROVED").asLong()).isEqualTo(3);
        assertThat(summary.get("byStatus").get("EDITED").asLong()).isEqualTo(1);
        assertThat(summary.get("byStatus").get("REJECTED").asLong()).isZero();
        assertThat(summary.get("byStatus").get("TIMED_OUT").asLong()).isEqualTo(1);
        assertThat(summary.get("humanDecisions").asLong()).isEqualTo(4);
        assertThat(summary.get("approvedUnchangedShare").asDouble()).isEqualTo(0.75);
        // FROM is 00:00 JST: the approvals at FROM, +3 days and the edit at +1 day fall in hour 0, the approval
        // at TO - 1 ms in hour 23; the timeout at +2 days in hour 0 of the hours nobody reached
        assertThat(hours(summary.get("decidedByHourJst")))
                .containsEntry(0, 3L)
                .containsEntry(23, 1L)
                .hasSize(2);
        assertThat(hours(summary.get("notReachedByHourJst"))).containsExactly(Map.entry(0, 1L));

        assertThat(get("/api/reviews/decisions?from=" + TO + "&to=" + FROM, "oc-1", "oncall")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/reviews/decisions?from=" + FROM + "&to=" + TO, "r-1", "reviewer")
                        .statusCode())
                .isEqualTo(403);
    }

    /** The non-zero hours of a 24-entry per-hour list. */
    private static Map<Integer, Long> hours(JsonNode perHour) {
        assertThat(perHour.size()).isEqualTo(24);
        Map<Integer, Long> nonZero = new TreeMap<>();
        for (int hour = 0; hour < 24; hour++) {
            if (perHour.get(hour).asLong() != 0) {
                nonZero.put(hour, perHour.get(hour).asLong());
            }
        }
        return nonZero;
    }

    private void ended(TaskStatus status, Priority priority, Instant createdAt) {
        ReviewTask task = ReviewTask.newReview(
                new TaskContent(
                        "m-" + UUID.randomUUID(),
                        "s-1",
                        "u-1",
                        TopicCategory.ORDER_STATUS,
                        0.7,
                        0.6,
                        "Has my order shipped?",
                        "It shipped yesterday.",
                        "en"),
                priority,
                createdAt,
                SLA,
                createdAt.plusSeconds(300),
                TaskToken.of("token-" + UUID.randomUUID()));
        assertThat(tasks.create(task)).isTrue();
        assertThat(tasks.update(task.finished(
                        status,
                        new DecisionRecord(
                                "k-" + UUID.randomUUID(),
                                status == TaskStatus.EDITED ? ReviewDecision.EDIT : ReviewDecision.APPROVE,
                                "r-1",
                                createdAt.plusSeconds(30),
                                status == TaskStatus.EDITED ? "edited" : null,
                                null,
                                DecisionRecord.Result.DELIVERED))))
                .isTrue();
    }
}
