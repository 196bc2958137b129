package com.mangaassist.reviewqueue.presence.application;

import com.mangaassist.reviewqueue.presence.domain.Presence;

/** The answer to a check-out. */
public sealed interface CheckOutOutcome {

    /** Checked out; {@code releasedTasks} claims went back to the queue. */
    record CheckedOut(Presence presence, int releasedTasks) implements CheckOutOutcome {}

    /** Refused: it would leave {@code activeAfter} active reviewers, fewer than {@code minimum}. */
    record BelowMinimumStaffing(int activeAfter, int minimum) implements CheckOutOutcome {}

    record NotCheckedIn() implements CheckOutOutcome {}
}
