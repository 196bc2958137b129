package com.mangaassist.reviewqueue.task.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecideReviewTaskTest {

    final Desk d = new Desk();
    final Reviewer alice = new Reviewer("alice", false);
    final Reviewer bob = new Reviewer("bob", false);

    @BeforeEach
    void aliceHoldsATask() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.desk.claim("rt-m-1", alice);
    }

    DecisionOutcome decide(Reviewer who, ReviewDecision decision, String edited, String key) {
        return d.decide.decide(new DecideCommand("rt-m-1", who, decision, edited, "note", key));
    }

    @Test
    void approveSendsTheDraftAsReviewedAndRecordsApprovedUnchanged() {
        DecisionOutcome outcome = decide(alice, ReviewDecision.APPROVE, null, "k-1");

        assertThat(outcome).isInstanceOf(DecisionOutcome.Decided.class);
        assertThat(d.workflow.completed())
                .containsEntry("token-m-1", DeliveryRequest.reviewed("m-1", "Draft answer for m-1"));
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(d.outcomes.all()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeKind.APPROVED_UNCHANGED);
            assertThat(o.approvedUnchanged()).isTrue();
            assertThat(o.rawScore()).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void editSendsTheEditedText() {
        decide(alice, ReviewDecision.EDIT, "Volume 110 is in stock.", "k-1");

        assertThat(d.workflow.completed().get("token-m-1").text()).isEqualTo("Volume 110 is in stock.");
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.EDITED);
        assertThat(d.outcomes.all())
                .singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo(OutcomeKind.EDITED));
    }

    @Test
    void editWithoutTextIsRefused() {
        assertThatThrownBy(() -> decide(alice, ReviewDecision.EDIT, " ", "k-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decide(alice, ReviewDecision.EDIT, "x".repeat(4001), "k-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectTellsTheCustomerAPersonFollowsUpAndOpensAHandoff() {
        decide(alice, ReviewDecision.REJECT, null, "k-1");

        DeliveryRequest sent = d.workflow.completed().get("token-m-1");
        assertThat(sent.kind()).isEqualTo(DeliveryKind.HANDOFF);
        assertThat(sent.text()).contains("staff");
        assertThat(sent.textJa()).contains("スタッフ");
        assertThat(d.tasks.find("ho-m-1").orElseThrow().kind()).isEqualTo(TaskKind.HANDOFF);
        assertThat(d.tasks.find("ho-m-1").orElseThrow().status()).isEqualTo(TaskStatus.HANDOFF_PENDING);
        assertThat(d.outcomes.all())
                .singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo(OutcomeKind.REJECTED));
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstResultAndSendsOnce() {
        DecisionOutcome first = decide(alice, ReviewDecision.APPROVE, null, "k-1");
        DecisionOutcome again = decide(alice, ReviewDecision.REJECT, null, "k-1");

        assertThat(again).isInstanceOf(DecisionOutcome.Decided.class);
        assertThat(((DecisionOutcome.Decided) again).task().status()).isEqualTo(TaskStatus.APPROVED);
        assertThat(((DecisionOutcome.Decided) first).task()).isEqualTo(((DecisionOutcome.Decided) again).task());
        assertThat(d.workflow.completed()).hasSize(1);
        assertThat(d.outcomes.all()).hasSize(1);
    }

    @Test
    void aSecondDecisionWithAnotherKeyIsAlreadyDecided() {
        decide(alice, ReviewDecision.APPROVE, null, "k-1");

        assertThat(decide(alice, ReviewDecision.APPROVE, null, "k-2"))
                .isInstanceOf(DecisionOutcome.AlreadyDecided.class);
    }

    @Test
    void anotherReviewersDecisionIsRefused() {
        assertThat(decide(bob, ReviewDecision.APPROVE, null, "k-b")).isInstanceOf(DecisionOutcome.NotClaimHolder.class);
        assertThat(d.workflow.completed()).isEmpty();
    }

    @Test
    void aSeniorReviewerMayDecideAnothersTask() {
        assertThat(decide(new Reviewer("sam", true), ReviewDecision.APPROVE, null, "k-s"))
                .isInstanceOf(DecisionOutcome.Decided.class);
    }

    @Test
    void decisionAfterTheDeadlineIsRejectedAsTooLateAndRecordedTimedOut() {
        d.clock.advance(Duration.ofSeconds(300));

        assertThat(decide(alice, ReviewDecision.APPROVE, null, "k-1")).isInstanceOf(DecisionOutcome.TooLate.class);
        assertThat(d.workflow.completed()).isEmpty();
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.TIMED_OUT);
        assertThat(d.outcomes.all())
                .singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo(OutcomeKind.TIMED_OUT));
    }

    @Test
    void decisionAfterTheWorkflowTimedOutIsRejectedAsTooLate() {
        d.workflow.timeOut("token-m-1");

        assertThat(decide(alice, ReviewDecision.APPROVE, null, "k-1")).isInstanceOf(DecisionOutcome.TooLate.class);
        assertThat(decide(alice, ReviewDecision.APPROVE, null, "k-1")).isInstanceOf(DecisionOutcome.TooLate.class);
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.TIMED_OUT);
        assertThat(d.outcomes.all()).hasSize(1);
    }

    @Test
    void anUnavailableWorkflowLeavesTheTaskClaimedForARetry() {
        d.workflow.unavailable(true);

        assertThatThrownBy(() -> decide(alice, ReviewDecision.APPROVE, null, "k-1"))
                .isInstanceOf(WorkflowUnavailableException.class);
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.CLAIMED);

        d.workflow.unavailable(false);
        assertThat(decide(alice, ReviewDecision.APPROVE, null, "k-1")).isInstanceOf(DecisionOutcome.Decided.class);
        assertThat(d.workflow.completed()).hasSize(1);
    }
}
