package com.mangaassist.reviewqueue.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.Requests;
import org.junit.jupiter.api.Test;

class TaskIntakeTest {

    final Desk d = new Desk();

    @Test
    void aReviewRequestBecomesAPendingTaskWithSlaAndDeadline() {
        IntakeOutcome outcome = d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));

        assertThat(outcome).isEqualTo(new IntakeOutcome.Stored("rt-m-1"));
        ReviewTask task = d.tasks.find("rt-m-1").orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.slaDueAt()).isEqualTo(Desk.START.plusSeconds(60));
        assertThat(task.workflowDeadline()).isEqualTo(Desk.START.plusSeconds(300));
    }

    @Test
    void aRedeliveredMessageIsADuplicate() {
        d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));

        assertThat(d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START)))
                .isEqualTo(new IntakeOutcome.Duplicate("rt-m-1"));
    }

    @Test
    void aHandoffBecomesAHandoffTask() {
        d.intake.accept(Requests.handoff("m-2", Priority.P2, Desk.START));

        assertThat(d.tasks.find("ho-m-2").orElseThrow().status()).isEqualTo(TaskStatus.HANDOFF_PENDING);
    }

    @Test
    void aReviewWithoutTokenOrTimeoutIsInvalid() {
        ReviewRequest r = Requests.review("m-1", Priority.P1, Desk.START);
        ReviewRequest noToken = new ReviewRequest(
                ReviewRequestKind.REVIEW,
                null,
                r.messageId(),
                r.sessionId(),
                r.userId(),
                r.priority(),
                r.topic(),
                r.confidence(),
                r.rawScore(),
                r.question(),
                r.draftAnswer(),
                r.lang(),
                r.createdAt(),
                300L);
        ReviewRequest longId = new ReviewRequest(
                ReviewRequestKind.REVIEW,
                "t",
                "m".repeat(101),
                r.sessionId(),
                r.userId(),
                r.priority(),
                r.topic(),
                r.confidence(),
                r.rawScore(),
                r.question(),
                r.draftAnswer(),
                r.lang(),
                r.createdAt(),
                300L);

        assertThat(d.intake.accept(noToken)).isInstanceOf(IntakeOutcome.Invalid.class);
        assertThat(d.intake.accept(longId)).isInstanceOf(IntakeOutcome.Invalid.class);
    }
}
