package com.mangaassist.orchestrator.followup.domain;

/** Writing a promise: made now, or already made for this message (never written twice). */
public sealed interface PromiseOutcome {

    record Made() implements PromiseOutcome {}

    record AlreadyMade() implements PromiseOutcome {}
}
