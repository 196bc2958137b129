package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.ReviewTask;

/** The answer to a decision. */
public sealed interface DecisionOutcome {

    /** The decision went to the workflow (now or, for a repeated key, the first time). */
    record Decided(ReviewTask task) implements DecisionOutcome {}

    /** The workflow had timed out: the AI draft went out with the disclaimer; this decision was not sent. */
    record TooLate(ReviewTask task) implements DecisionOutcome {}

    record NotFound() implements DecisionOutcome {}

    /** Someone else holds the task (and the caller is not a senior reviewer). */
    record NotClaimHolder() implements DecisionOutcome {}

    /** Nobody holds the task: claim it first. */
    record NotClaimed() implements DecisionOutcome {}

    /** The task was already decided (with another idempotency key) or is being delivered. */
    record AlreadyDecided(ReviewTask task) implements DecisionOutcome {}

    /** Changed concurrently; nothing was sent. */
    record Conflict() implements DecisionOutcome {}
}
