package com.mangaassist.reviewqueue.task.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task is in its life. Review tasks: {@code PENDING} ⇄ {@code CLAIMED} → {@code DELIVERING} →
 * {@code APPROVED | EDITED | REJECTED}; after too many lease expiries {@code SENIOR_PENDING}; aged P3/P4
 * {@code AUTO_DELIVERED}; workflow deadline passed {@code TIMED_OUT}. Live handoffs: {@code
 * HANDOFF_PENDING} → {@code HANDOFF_CLAIMED} → {@code HANDOFF_CLOSED}.
 */
public enum TaskStatus {
    PENDING,
    CLAIMED,
    SENIOR_PENDING,
    DELIVERING,
    APPROVED,
    EDITED,
    REJECTED,
    AUTO_DELIVERED,
    TIMED_OUT,
    HANDOFF_PENDING,
    HANDOFF_CLAIMED,
    HANDOFF_CLOSED;

    /** Review statuses whose workflow still waits for this service (heartbeats are sent for them). */
    public static final Set<TaskStatus> OPEN_REVIEW = EnumSet.of(PENDING, CLAIMED, SENIOR_PENDING, DELIVERING);

    /** Waiting for a reviewer to take it. */
    public boolean waiting() {
        return this == PENDING || this == SENIOR_PENDING;
    }

    public boolean openReview() {
        return OPEN_REVIEW.contains(this);
    }

    public boolean terminal() {
        return this == APPROVED
                || this == EDITED
                || this == REJECTED
                || this == AUTO_DELIVERED
                || this == TIMED_OUT
                || this == HANDOFF_CLOSED;
    }
}
