package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Instant;

/** The result of claiming a promise before posting: only the holder of a claim posts. */
public sealed interface ClaimOutcome {

    /** This worker holds the promise until {@code until}. */
    record Claimed(Promise promise, Instant until) implements ClaimOutcome {}

    /** Already delivered or kept through the fallback chain: nothing to do. */
    record AlreadySettled(PromiseStatus status) implements ClaimOutcome {}

    /** Another worker holds a live claim until {@code until}. */
    record Busy(Instant until) implements ClaimOutcome {}

    /** No promise with that message id. */
    record Missing() implements ClaimOutcome {}
}
