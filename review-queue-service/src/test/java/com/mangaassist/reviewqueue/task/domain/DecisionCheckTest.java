package com.mangaassist.reviewqueue.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionCheckTest {

    static final Instant T0 = ReviewTaskTest.T0;
    final ReviewTask pending = ReviewTaskTest.task(Priority.P2);
    final ReviewTask claimed = pending.claimedBy("alice", T0, ReviewTaskTest.LEASE);

    @Test
    void theClaimHolderMayDecide() {
        assertThat(DecisionCheck.check(claimed, new Reviewer("alice", false), T0.plusSeconds(5)))
                .isInstanceOf(DecisionCheck.Allowed.class);
    }

    @Test
    void anotherReviewerMayNotDecideAClaimedTask() {
        assertThat(DecisionCheck.check(claimed, new Reviewer("bob", false), T0.plusSeconds(5)))
                .isInstanceOf(DecisionCheck.NotClaimHolder.class);
    }

    @Test
    void aReviewerMustClaimBeforeDeciding() {
        assertThat(DecisionCheck.check(pending, new Reviewer("bob", false), T0))
                .isInstanceOf(DecisionCheck.NotClaimed.class);
    }

    @Test
    void aSeniorReviewerMayDecideAnyOpenTask() {
        assertThat(DecisionCheck.check(claimed, new Reviewer("sam", true), T0))
                .isInstanceOf(DecisionCheck.Allowed.class);
        assertThat(DecisionCheck.check(pending, new Reviewer("sam", true), T0))
                .isInstanceOf(DecisionCheck.Allowed.class);
    }

    @Test
    void decisionAfterTheWorkflowDeadlineIsTooLateEvenForTheHolder() {
        assertThat(DecisionCheck.check(claimed, new Reviewer("alice", false), T0.plusSeconds(300)))
                .isInstanceOf(DecisionCheck.TooLate.class);
    }

    @Test
    void aDecidedTaskIsNotDecidedAgain() {
        DecisionRecord record = new DecisionRecord(
                "k", ReviewDecision.APPROVE, "alice", T0, null, null, DecisionRecord.Result.DELIVERED);
        ReviewTask approved = claimed.finished(TaskStatus.APPROVED, record);

        assertThat(DecisionCheck.check(approved, new Reviewer("sam", true), T0))
                .isInstanceOf(DecisionCheck.AlreadyDecided.class);
    }
}
