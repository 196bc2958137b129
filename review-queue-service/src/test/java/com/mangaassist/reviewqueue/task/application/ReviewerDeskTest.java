package com.mangaassist.reviewqueue.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewerDeskTest {

    final Desk d = new Desk();
    final Reviewer alice = new Reviewer("alice", false);
    final Reviewer bob = new Reviewer("bob", false);

    @Test
    void p1TaskIsOfferedBeforeOlderP3Task() {
        d.intake.accept(Requests.review("m-old-p3", Priority.P3, Desk.START.minusSeconds(120)));
        d.intake.accept(Requests.review("m-p1", Priority.P1, Desk.START));

        assertThat(d.desk.next(alice)).map(t -> t.content().messageId()).contains("m-p1");
        assertThat(d.desk.next(bob)).map(t -> t.content().messageId()).contains("m-old-p3");
        assertThat(d.desk.next(bob)).isEmpty();
    }

    @Test
    void olderTaskIsOfferedFirstWithinAPriority() {
        d.intake.accept(Requests.review("m-new", Priority.P2, Desk.START));
        d.intake.accept(Requests.review("m-old", Priority.P2, Desk.START.minusSeconds(30)));

        assertThat(d.desk.next(alice)).map(t -> t.content().messageId()).contains("m-old");
    }

    @Test
    void claimingHeartbeatsTheWorkflowAndSetsTheLease() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));

        ReviewTask claimed = d.desk.next(alice).orElseThrow();

        assertThat(claimed.claim().leaseExpiresAt()).isEqualTo(Desk.START.plusSeconds(90));
        assertThat(d.workflow.heartbeats()).containsExactly("token-m-1");
    }

    @Test
    void aClaimedTaskCannotBeClaimedByAnother() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.desk.claim("rt-m-1", alice);

        assertThat(d.desk.claim("rt-m-1", bob)).isInstanceOf(DeskOutcome.AlreadyClaimed.class);
    }

    @Test
    void renewExtendsTheLeaseFromNowAndOnlyForTheHolder() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.desk.claim("rt-m-1", alice);
        d.clock.advance(Duration.ofSeconds(60));

        DeskOutcome renewed = d.desk.renew("rt-m-1", alice);

        assertThat(((DeskOutcome.Done) renewed).task().claim().leaseExpiresAt()).isEqualTo(Desk.START.plusSeconds(150));
        assertThat(d.desk.renew("rt-m-1", bob)).isInstanceOf(DeskOutcome.NotClaimHolder.class);
        assertThat(d.workflow.heartbeats()).hasSize(2);
    }

    @Test
    void releaseReturnsTheTaskToTheQueue() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.desk.claim("rt-m-1", alice);

        assertThat(d.desk.release("rt-m-1", bob)).isInstanceOf(DeskOutcome.NotClaimHolder.class);
        assertThat(d.desk.release("rt-m-1", alice)).isInstanceOf(DeskOutcome.Done.class);
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void seniorPoolTasksAreForSeniorReviewersOnly() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        ReviewTask task = d.tasks.find("rt-m-1").orElseThrow();
        for (int i = 0; i < 3; i++) {
            ReviewTask claimed = task.claimedBy("r" + i, Desk.START, d.lease);
            d.tasks.update(claimed);
            task = claimed.leaseLapsed(d.lease);
            d.tasks.update(task);
        }

        assertThat(d.desk.claim("rt-m-1", alice)).isInstanceOf(DeskOutcome.SeniorOnly.class);
        assertThat(d.desk.next(alice)).isEmpty();
        assertThat(d.desk.next(new Reviewer("sam", true)))
                .map(ReviewTask::taskId)
                .contains("rt-m-1");
    }

    @Test
    void claimingATaskWhoseWorkflowTimedOutMarksItTimedOut() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.workflow.timeOut("token-m-1");

        assertThat(d.desk.claim("rt-m-1", alice)).isInstanceOf(DeskOutcome.TooLate.class);
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.TIMED_OUT);
        assertThat(d.outcomes.all())
                .singleElement()
                .satisfies(o -> assertThat(o.outcome().name()).isEqualTo("TIMED_OUT"));
    }

    @Test
    void listShowsTheQueueP1First() {
        d.intake.accept(Requests.review("m-p2", Priority.P2, Desk.START.minusSeconds(50)));
        d.intake.accept(Requests.review("m-p1", Priority.P1, Desk.START));

        assertThat(d.desk.list(TaskStatus.PENDING, Optional.empty(), 10))
                .extracting(t -> t.content().messageId())
                .containsExactly("m-p1", "m-p2");
        assertThat(d.desk.list(TaskStatus.PENDING, Optional.of(Priority.P2), 10))
                .extracting(t -> t.content().messageId())
                .containsExactly("m-p2");
    }
}
