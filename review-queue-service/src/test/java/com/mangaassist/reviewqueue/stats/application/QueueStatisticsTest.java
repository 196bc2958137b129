package com.mangaassist.reviewqueue.stats.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import com.mangaassist.reviewqueue.task.application.DecideCommand;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.InMemoryRoster;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QueueStatisticsTest {

    final EventWindow window = new EventWindow(Duration.ofMinutes(5), 1000);
    final Desk d = new Desk(new WindowedQueueEvents(window));
    final ReviewerPresence presence = new ReviewerPresence(
            new InMemoryRoster(),
            d.tasks,
            new StaffingPolicy(
                    Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2),
            d.clock);
    final QueueStatistics statistics = new QueueStatistics(d.tasks, window, presence, d.sla, d.clock);
    final Reviewer alice = new Reviewer("alice", false);

    void decide(String taskId, ReviewDecision decision, String edited) {
        d.desk.claim(taskId, alice);
        d.decide.decide(new DecideCommand(taskId, alice, decision, edited, null, "k-" + taskId));
    }

    @Test
    void depthOldestAgeAndRatesPerPriority() {
        presence.checkIn(alice);
        d.intake.accept(Requests.review("p1-old", Priority.P1, Desk.START.minusSeconds(90)));
        d.intake.accept(Requests.review("p1-new", Priority.P1, Desk.START.minusSeconds(10)));
        d.intake.accept(Requests.review("p2-a", Priority.P2, Desk.START.minusSeconds(30)));
        d.intake.accept(Requests.review("p2-b", Priority.P2, Desk.START.minusSeconds(20)));
        d.intake.accept(Requests.review("p2-c", Priority.P2, Desk.START.minusSeconds(150)));
        decide("rt-p2-a", ReviewDecision.APPROVE, null);
        decide("rt-p2-b", ReviewDecision.EDIT, "better");
        d.clock.advance(Duration.ofSeconds(100));
        decide("rt-p2-c", ReviewDecision.APPROVE, null);

        QueueStats stats = statistics.snapshot();

        QueueStats.PriorityStats p1 = stats.perPriority().get(Priority.P1);
        assertThat(p1.depth()).isEqualTo(2);
        assertThat(p1.oldestAgeSeconds()).isEqualTo(190);
        assertThat(p1.waitingPastSla()).isEqualTo(2);
        assertThat(p1.slaBreachRate()).isEqualTo(1.0);
        QueueStats.PriorityStats p2 = stats.perPriority().get(Priority.P2);
        assertThat(p2.depth()).isZero();
        assertThat(p2.oldestAgeSeconds()).isZero();
        assertThat(p2.slaBreachRate()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(p2.completionsPerMinute()).isCloseTo(3 / 5.0, offset(1e-9));
        assertThat(stats.depth()).isEqualTo(2);
        assertThat(stats.arrivalsPerMinute()).isCloseTo(5 / 5.0, offset(1e-9));
        assertThat(stats.approvedUnchangedRate()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(stats.throughputPerReviewerPerHour()).containsEntry("alice", 36.0);
        assertThat(stats.activeReviewers()).isEqualTo(1);
        assertThat(stats.minimumStaffing()).isEqualTo(3);
        assertThat(stats.belowMinimumStaffing()).isTrue();
    }

    @Test
    void eventsOlderThanTheWindowDropOut() {
        d.intake.accept(Requests.review("m", Priority.P3, Desk.START));
        d.clock.advance(Duration.ofMinutes(6));

        assertThat(statistics.snapshot().arrivalsPerMinute()).isZero();
        assertThat(statistics.snapshot().perPriority().get(Priority.P3).depth()).isEqualTo(1);
    }
}
