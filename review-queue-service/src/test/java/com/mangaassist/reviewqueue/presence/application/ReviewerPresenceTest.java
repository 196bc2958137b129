package com.mangaassist.reviewqueue.presence.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.InMemoryRoster;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewerPresenceTest {

    // Desk.START is 20:00 JST: peak, minimum 3
    final Desk d = new Desk();
    final InMemoryRoster roster = new InMemoryRoster();
    final ReviewerPresence presence = new ReviewerPresence(
            roster,
            d.tasks,
            new StaffingPolicy(
                    Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2),
            d.clock);

    Reviewer r(String id) {
        return new Reviewer(id, false);
    }

    @Test
    void checkOutThatDropsBelowPeakMinimumIsRefused() {
        for (String id : List.of("a", "b", "c")) {
            presence.checkIn(r(id));
        }

        assertThat(presence.checkOut("a", false)).isEqualTo(new CheckOutOutcome.BelowMinimumStaffing(2, 3));
        assertThat(presence.staffing().active()).isEqualTo(3);
    }

    @Test
    void checkOutIsAllowedWhenEnoughOthersAreActive() {
        for (String id : List.of("a", "b", "c", "d")) {
            presence.checkIn(r(id));
        }

        assertThat(presence.checkOut("a", false)).isInstanceOf(CheckOutOutcome.CheckedOut.class);
        assertThat(presence.staffing().active()).isEqualTo(3);
    }

    @Test
    void reviewersWithoutRecentHeartbeatDoNotCountAsActive() {
        for (String id : List.of("a", "b", "c", "d")) {
            presence.checkIn(r(id));
        }
        d.clock.advance(Duration.ofSeconds(100));
        presence.heartbeat(r("a"));
        presence.heartbeat(r("b"));
        d.clock.advance(Duration.ofSeconds(30));

        assertThat(presence.staffing().active()).isEqualTo(2);
        assertThat(presence.checkOut("a", false)).isEqualTo(new CheckOutOutcome.BelowMinimumStaffing(1, 3));
    }

    @Test
    void offPeakMinimumIsTwo() {
        d.clock.set(Desk.START.plus(Duration.ofHours(4))); // 00:00 JST
        for (String id : List.of("a", "b", "c")) {
            presence.checkIn(r(id));
        }

        assertThat(presence.checkOut("a", false)).isInstanceOf(CheckOutOutcome.CheckedOut.class);
        assertThat(presence.checkOut("b", false)).isEqualTo(new CheckOutOutcome.BelowMinimumStaffing(1, 2));
    }

    @Test
    void aForcedCheckOutGoesThroughAndReleasesTheReviewersTasks() {
        presence.checkIn(r("a"));
        d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));
        d.desk.claim("rt-m-1", r("a"));

        CheckOutOutcome outcome = presence.checkOut("a", true);

        assertThat(outcome).isInstanceOf(CheckOutOutcome.CheckedOut.class);
        assertThat(((CheckOutOutcome.CheckedOut) outcome).releasedTasks()).isEqualTo(1);
        assertThat(d.tasks.find("rt-m-1").orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void rosterShowsLoad() {
        presence.checkIn(r("a"));
        d.intake.accept(Requests.review("m-1", Priority.P1, Desk.START));
        d.desk.claim("rt-m-1", r("a"));

        assertThat(presence.staffing().reviewers()).singleElement().satisfies(s -> {
            assertThat(s.load()).isEqualTo(1);
            assertThat(s.active()).isTrue();
        });
    }
}
