package com.mangaassist.reviewqueue.task.application;

/** What became of a message from the review-requests or handoffs queue. */
public sealed interface IntakeOutcome {

    /** Stored as a new task: acknowledge the message. */
    record Stored(String taskId) implements IntakeOutcome {}

    /** The task already exists (redelivery): acknowledge the message. */
    record Duplicate(String taskId) implements IntakeOutcome {}

    /** Not a valid request: leave it for the dead-letter queue. */
    record Invalid(String reason) implements IntakeOutcome {}
}
