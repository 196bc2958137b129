package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.ReviewTask;

/** The answer to claim, renew and release. */
public sealed interface DeskOutcome {

    record Done(ReviewTask task) implements DeskOutcome {}

    /** No such task (or not one this desk handles). */
    record NotFound() implements DeskOutcome {}

    /** Someone else holds it. */
    record AlreadyClaimed() implements DeskOutcome {}

    /** Renew or release by someone who does not hold the task. */
    record NotClaimHolder() implements DeskOutcome {}

    /** A senior-pool task, and the caller is not a senior reviewer. */
    record SeniorOnly() implements DeskOutcome {}

    /** The task is finished or being delivered: nothing to claim. */
    record NotOpen(ReviewTask task) implements DeskOutcome {}

    /** The workflow already gave up on this task; it is now {@code TIMED_OUT}. */
    record TooLate() implements DeskOutcome {}

    /** Changed concurrently; try again. */
    record Conflict() implements DeskOutcome {}
}
