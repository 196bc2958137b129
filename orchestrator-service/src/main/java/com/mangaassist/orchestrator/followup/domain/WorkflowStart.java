package com.mangaassist.orchestrator.followup.domain;

/** Starting the review workflow for a turn. */
public sealed interface WorkflowStart {

    /** A new execution runs. */
    record Started() implements WorkflowStart {}

    /** An execution with this message id already exists (a retry): nothing new was started. */
    record AlreadyStarted() implements WorkflowStart {}

    /**
     * The workflow could not be started after retries. The promise still stands: the watchdog's
     * fallback delivers the draft when it falls due.
     */
    record Failed(String kind) implements WorkflowStart {}
}
