package com.mangaassist.reviewqueue.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueueSweepsTest {

    final Desk d = new Desk();
    final Reviewer alice = new Reviewer("alice", false);

    ReviewTask task(String id) {
        return d.tasks.find(id).orElseThrow();
    }

    @Test
    void anExpiredLeaseReturnsTheTaskToTheQueueAndCountsAReassignment() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START));
        d.desk.claim("rt-m-1", alice);
        d.clock.advance(Duration.ofSeconds(89));
        assertThat(d.sweeps.expireLeases().changed()).isZero();

        d.clock.advance(Duration.ofSeconds(1));
        assertThat(d.sweeps.expireLeases().changed()).isEqualTo(1);

        assertThat(task("rt-m-1").status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task("rt-m-1").reassignCount()).isEqualTo(1);
        assertThat(task("rt-m-1").claim()).isNull();
    }

    @Test
    void theThirdExpiryMovesTheTaskToTheSeniorPoolAndPagesOnce() {
        d.intake.accept(Requests.review("m-1", Priority.P2, Desk.START.plusSeconds(3600)));
        for (int i = 0; i < 3; i++) {
            d.desk.claim("rt-m-1", new Reviewer("r" + i, false));
            d.clock.advance(Duration.ofSeconds(91));
            d.sweeps.expireLeases();
        }

        assertThat(task("rt-m-1").status()).isEqualTo(TaskStatus.SENIOR_PENDING);
        assertThat(task("rt-m-1").reassignCount()).isEqualTo(3);
        assertThat(d.pager.recent())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("rt-m-1"));

        d.desk.claim("rt-m-1", new Reviewer("sam", true));
        d.clock.advance(Duration.ofSeconds(91));
        d.sweeps.expireLeases();
        assertThat(task("rt-m-1").status()).isEqualTo(TaskStatus.SENIOR_PENDING);
        assertThat(d.pager.recent()).hasSize(1);
    }

    @Test
    void tasksPastTheirWorkflowDeadlineAreTimedOutWithAnOutcome() {
        d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));
        d.intake.accept(Requests.review("m-2", Priority.P1, Desk.START.plusSeconds(100)));
        d.clock.advance(Duration.ofSeconds(300));

        SweepReport dry = d.sweeps.timeOutOverdue(true);
        assertThat(dry.taskIds()).containsExactly("rt-m-1");
        assertThat(task("rt-m-1").status()).isEqualTo(TaskStatus.PENDING);

        assertThat(d.sweeps.timeOutOverdue(false).changed()).isEqualTo(1);
        assertThat(task("rt-m-1").status()).isEqualTo(TaskStatus.TIMED_OUT);
        assertThat(task("rt-m-2").status()).isEqualTo(TaskStatus.PENDING);
        assertThat(d.outcomes.all()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeKind.TIMED_OUT);
            assertThat(o.detail()).isEqualTo("WORKFLOW_TIMEOUT");
        });
    }

    @Test
    void agedP3AndP4AreAutoDeliveredWithTheDisclaimerButNotP1OrClaimedOnes() {
        d.intake.accept(Requests.review("m-p3", Priority.P3, Desk.START, 900));
        d.intake.accept(Requests.review("m-p4", Priority.P4, Desk.START, 900));
        d.intake.accept(Requests.review("m-p1", Priority.P1, Desk.START, 900));
        d.intake.accept(Requests.review("m-p3-claimed", Priority.P3, Desk.START, 900));
        d.intake.accept(Requests.review("m-p3-young", Priority.P3, Desk.START.plusSeconds(120), 900));
        d.desk.claim("rt-m-p3-claimed", alice);
        d.clock.advance(Duration.ofMinutes(5));

        SweepReport report = d.sweeps.autoDeliverAged(false);

        assertThat(report.taskIds()).containsExactlyInAnyOrder("rt-m-p3", "rt-m-p4");
        assertThat(task("rt-m-p3").status()).isEqualTo(TaskStatus.AUTO_DELIVERED);
        assertThat(task("rt-m-p1").status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task("rt-m-p3-young").status()).isEqualTo(TaskStatus.PENDING);
        assertThat(d.workflow.completed())
                .containsEntry(
                        "token-m-p3",
                        DeliveryRequest.delayed(
                                "m-p3", "Draft answer for m-p3", Disclaimers.UNREVIEWED, Disclaimers.UNREVIEWED_JA));
        assertThat(d.outcomes.all()).hasSize(2).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(OutcomeKind.TIMED_OUT);
            assertThat(o.detail()).isEqualTo("AUTO_DELIVERED");
            assertThat(o.approvedUnchanged()).isFalse();
        });
    }

    @Test
    void everyOpenTaskGetsAWorkflowHeartbeatAndGoneWorkflowsTimeTheirTaskOut() {
        d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));
        d.intake.accept(Requests.review("m-2", Priority.P2, Desk.START));
        d.intake.accept(Requests.review("m-3", Priority.P3, Desk.START));
        d.desk.claim("rt-m-2", alice);
        d.workflow.timeOut("token-m-3");
        d.workflow.heartbeats().clear();

        SweepReport report = d.sweeps.heartbeatOpenTasks();

        assertThat(d.workflow.heartbeats()).containsExactlyInAnyOrder("token-m-1", "token-m-2");
        assertThat(report.changed()).isEqualTo(1);
        assertThat(task("rt-m-3").status()).isEqualTo(TaskStatus.TIMED_OUT);
    }

    @Test
    void heartbeatsStopAfterRepeatedFailuresWithoutChangingTasks() {
        for (int i = 0; i < 8; i++) {
            d.intake.accept(Requests.review("m-" + i, Priority.P2, Desk.START));
        }
        d.workflow.unavailable(true);

        SweepReport report = d.sweeps.heartbeatOpenTasks();

        assertThat(report.failed()).isEqualTo(5);
        assertThat(d.tasks.inStatus(TaskStatus.PENDING, java.util.Optional.empty(), 100))
                .hasSize(8);
    }
}
