package com.mangaassist.reviewqueue.presence.application;

import com.mangaassist.reviewqueue.presence.domain.Presence;
import com.mangaassist.reviewqueue.presence.domain.Roster;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Check-in, heartbeat and check-out. A check-out that would leave fewer active reviewers than the
 * minimum for this hour is refused unless forced (the on-call runbook); a successful one gives the
 * reviewer's claims back to the queue.
 */
public final class ReviewerPresence {

    private final Roster roster;
    private final ReviewTasks tasks;
    private final StaffingPolicy staffing;
    private final Clock clock;

    public ReviewerPresence(Roster roster, ReviewTasks tasks, StaffingPolicy staffing, Clock clock) {
        this.roster = roster;
        this.tasks = tasks;
        this.staffing = staffing;
        this.clock = clock;
    }

    public Presence checkIn(Reviewer reviewer) {
        Instant now = clock.instant();
        Presence presence = roster.find(reviewer.id())
                .filter(Presence::checkedIn)
                .map(p -> p.heartbeat(now))
                .orElseGet(() -> Presence.checkIn(reviewer.id(), reviewer.senior(), now));
        roster.save(presence);
        return presence;
    }

    /** Empty when the reviewer is not checked in. */
    public Optional<Presence> heartbeat(Reviewer reviewer) {
        Instant now = clock.instant();
        Optional<Presence> updated =
                roster.find(reviewer.id()).filter(Presence::checkedIn).map(p -> p.heartbeat(now));
        updated.ifPresent(roster::save);
        return updated;
    }

    public CheckOutOutcome checkOut(String reviewerId, boolean force) {
        Instant now = clock.instant();
        Optional<Presence> current = roster.find(reviewerId).filter(Presence::checkedIn);
        if (current.isEmpty()) {
            return new CheckOutOutcome.NotCheckedIn();
        }
        if (!force) {
            int activeAfter = (int) roster.checkedIn().stream()
                    .filter(p -> !p.reviewerId().equals(reviewerId))
                    .filter(p -> staffing.active(p, now))
                    .count();
            int minimum = staffing.minimumAt(now);
            if (activeAfter < minimum) {
                return new CheckOutOutcome.BelowMinimumStaffing(activeAfter, minimum);
            }
        }
        Presence out = current.get().checkOut(now);
        roster.save(out);
        int released = 0;
        for (ReviewTask task : tasks.claimedBy(reviewerId)) {
            if (task.claimedBy(reviewerId) && tasks.update(task.released())) {
                released++;
            }
        }
        return new CheckOutOutcome.CheckedOut(out, released);
    }

    /** Checked-in reviewers with activity and load, and the minimum staffing in force now. */
    public StaffingSnapshot staffing() {
        Instant now = clock.instant();
        List<ReviewerStatus> reviewers = roster.checkedIn().stream()
                .map(p -> new ReviewerStatus(
                        p.reviewerId(),
                        p.senior(),
                        p.checkedIn(),
                        staffing.active(p, now),
                        p.checkedInAt(),
                        p.lastHeartbeatAt(),
                        tasks.claimedBy(p.reviewerId()).size()))
                .sorted(Comparator.comparing(ReviewerStatus::reviewerId))
                .toList();
        int active = (int) reviewers.stream().filter(ReviewerStatus::active).count();
        return new StaffingSnapshot(active, staffing.minimumAt(now), staffing.peakAt(now), reviewers);
    }

    public Optional<Presence> find(String reviewerId) {
        return roster.find(reviewerId);
    }
}
