package com.mangaassist.reviewqueue.task.domain;

import java.time.Instant;

/**
 * Who may decide a task, and when it is too late. Only the claim holder decides, or a senior reviewer
 * (who may decide any open review task, claimed or not). Past the workflow deadline nobody may.
 */
public final class DecisionCheck {

    /** The verdict on a decision attempt. */
    public sealed interface Verdict {}

    public record Allowed() implements Verdict {}

    public record NotFound() implements Verdict {}

    public record NotClaimHolder() implements Verdict {}

    public record NotClaimed() implements Verdict {}

    public record AlreadyDecided() implements Verdict {}

    public record TooLate() implements Verdict {}

    private DecisionCheck() {}

    public static Verdict check(ReviewTask task, Reviewer reviewer, Instant now) {
        if (task.kind() != TaskKind.REVIEW) {
            return new NotFound();
        }
        if (task.status() == TaskStatus.TIMED_OUT) {
            return new TooLate();
        }
        if (!task.status().openReview() || task.status() == TaskStatus.DELIVERING) {
            return new AlreadyDecided();
        }
        if (task.workflowDeadlinePassed(now)) {
            return new TooLate();
        }
        if (task.claimedBy(reviewer.id())) {
            return new Allowed();
        }
        if (reviewer.senior()) {
            return new Allowed();
        }
        return task.status() == TaskStatus.CLAIMED ? new NotClaimHolder() : new NotClaimed();
    }
}
