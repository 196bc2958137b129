package com.mangaassist.reviewqueue.task.domain;

/** What the waiting workflow said to a success or heartbeat. */
public sealed interface WorkflowResult {

    /** The workflow took it. */
    record Accepted() implements WorkflowResult {}

    /**
     * The workflow no longer waits for this task: it timed out, was completed already or stopped
     * ({@code TaskTimedOut}), or the token is unknown ({@code TaskDoesNotExist}).
     */
    record Gone(Reason reason) implements WorkflowResult {}

    /** Why a workflow is gone. */
    enum Reason {
        TIMED_OUT,
        UNKNOWN_TOKEN
    }
}
