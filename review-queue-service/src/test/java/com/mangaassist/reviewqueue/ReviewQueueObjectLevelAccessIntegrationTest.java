package com.mangaassist.reviewqueue;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.testing.FakeReviewWorkflow;
import com.mangaassist.reviewqueue.testing.Requests;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Object-level access (issue 14, OWASP API1): a reviewer never acts on a task another reviewer holds, nor decides
 * one nobody holds; a senior reviewer may decide any open review (REVIEW-QUEUE.md); only the holder or a senior
 * closes a handoff. Each attack comes after the victim's claim, and each checks the status and that the task, its
 * lease and the workflow are unchanged.
 */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(
        properties = {
            "mangaassist.review.jobs.enabled=false",
            "mangaassist.review.intake.enabled=false",
            "mangaassist.test.context=object-level-access"
        })
class ReviewQueueObjectLevelAccessIntegrationTest extends ReviewQueueSpringTest {

    @Autowired
    TaskIntake intake;

    @Autowired
    MutableClock clock;

    @Autowired
    FakeReviewWorkflow workflow;

    @Test
    void aReviewerCannotDecideRenewReleaseOrTakeATaskAnotherReviewerHolds() {
        intake.accept(Requests.review("bola-1", Priority.P2, START));
        assertThat(post("/api/reviews/rt-bola-1/claim", null, "alice", "reviewer")
                        .statusCode())
                .isEqualTo(200);
        String before = get("/api/reviews/rt-bola-1", "alice", "reviewer").body();

        HttpResponse<String> decision = decide("rt-bola-1", "mallory", "reviewer", "{\"decision\":\"REJECT\"}");
        HttpResponse<String> renew = post("/api/reviews/rt-bola-1/renew", null, "mallory", "reviewer");
        HttpResponse<String> release = post("/api/reviews/rt-bola-1/release", null, "mallory", "reviewer");
        HttpResponse<String> claim = post("/api/reviews/rt-bola-1/claim", null, "mallory", "reviewer");

        assertThat(decision.statusCode()).isEqualTo(403);
        assertThat(decision.body()).contains("\"code\":\"NOT_CLAIM_HOLDER\"");
        assertThat(renew.statusCode()).isEqualTo(409);
        assertThat(renew.body()).contains("\"code\":\"TASK_NOT_CLAIMED\"");
        assertThat(release.statusCode()).isEqualTo(409);
        assertThat(release.body()).contains("\"code\":\"TASK_NOT_CLAIMED\"");
        assertThat(claim.statusCode()).isEqualTo(409);
        assertThat(claim.body()).contains("\"code\":\"ALREADY_CLAIMED\"");
        assertThat(get("/api/reviews/rt-bola-1", "alice", "reviewer").body())
                .as("the task, its holder and its lease are untouched")
                .isEqualTo(before)
                .contains("\"claimedBy\":\"alice\"", "\"status\":\"CLAIMED\"");
        assertThat(workflow.completed()).doesNotContainKey("token-bola-1");

        // the holder still can: the refusals above were about who asked, not a broken task
        assertThat(decide("rt-bola-1", "alice", "reviewer", "{\"decision\":\"APPROVE\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(workflow.completed()).containsKey("token-bola-1");
    }

    @Test
    void aReviewerCannotDecideATaskNobodyHolds() {
        intake.accept(Requests.review("bola-2", Priority.P3, START));
        String before = get("/api/reviews/rt-bola-2", "alice", "reviewer").body();

        HttpResponse<String> decision = decide("rt-bola-2", "mallory", "reviewer", "{\"decision\":\"APPROVE\"}");

        assertThat(decision.statusCode()).isEqualTo(409);
        assertThat(decision.body()).contains("\"code\":\"TASK_NOT_CLAIMED\"");
        assertThat(get("/api/reviews/rt-bola-2", "alice", "reviewer").body()).isEqualTo(before);
        assertThat(workflow.completed()).doesNotContainKey("token-bola-2");
    }

    @Test
    void aSeniorReviewerMayDecideATaskAnotherReviewerHolds() {
        intake.accept(Requests.review("bola-3", Priority.P2, START));
        assertThat(post("/api/reviews/rt-bola-3/claim", null, "alice", "reviewer")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> senior = decide("rt-bola-3", "sam", "senior-reviewer", "{\"decision\":\"APPROVE\"}");

        assertThat(senior.statusCode()).isEqualTo(200);
        assertThat(senior.body()).contains("\"decidedBy\":\"sam\"");
        assertThat(workflow.completed()).containsKey("token-bola-3");
    }

    @Test
    void onlyTheHolderOrASeniorClosesAHandoff() {
        intake.accept(Requests.handoff("bola-4", Priority.P2, START));
        assertThat(post("/api/handoffs/ho-bola-4/claim", null, "alice", "reviewer")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> close =
                post("/api/handoffs/ho-bola-4/close", "{\"notes\":\"mine now\"}", "mallory", "reviewer");

        assertThat(close.statusCode()).isEqualTo(409);
        assertThat(close.body()).contains("\"code\":\"TASK_NOT_CLAIMED\"");
        assertThat(get("/api/handoffs?status=CLAIMED", "alice", "reviewer").body())
                .contains("ho-bola-4")
                .contains("\"claimedBy\":\"alice\"");
        assertThat(post("/api/handoffs/ho-bola-4/close", "{\"notes\":\"done\"}", "alice", "reviewer")
                        .statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> decide(String taskId, String subject, String role, String body) {
        return send(
                "POST",
                "/api/reviews/" + taskId + "/decision",
                body,
                Map.of("Idempotency-Key", "k-" + subject + "-" + taskId),
                subject,
                role);
    }
}
