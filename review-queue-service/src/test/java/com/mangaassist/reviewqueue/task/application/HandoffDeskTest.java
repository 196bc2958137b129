package com.mangaassist.reviewqueue.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.Requests;
import org.junit.jupiter.api.Test;

class HandoffDeskTest {

    final Desk d = new Desk();

    @Test
    void anAgentClaimsAndClosesAHandoffAndReviewsDoNotSeeIt() {
        d.intake.accept(Requests.handoff("m-1", Priority.P2, Desk.START));
        Reviewer agent = new Reviewer("agent", false);

        assertThat(d.desk.next(agent)).isEmpty();
        assertThat(d.handoffs.claim("ho-m-1", new Reviewer("other", false))).isInstanceOf(DeskOutcome.Done.class);
        assertThat(d.handoffs.claim("ho-m-1", agent)).isInstanceOf(DeskOutcome.AlreadyClaimed.class);
        assertThat(d.handoffs.close("ho-m-1", agent, "n")).isInstanceOf(DeskOutcome.NotClaimHolder.class);
        assertThat(d.handoffs.close("ho-m-1", new Reviewer("other", false), "called back"))
                .isInstanceOf(DeskOutcome.Done.class);
        assertThat(d.tasks.find("ho-m-1").orElseThrow().status()).isEqualTo(TaskStatus.HANDOFF_CLOSED);
    }
}
