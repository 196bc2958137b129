package com.mangaassist.feedback.improvement.domain;

import java.time.Instant;
import java.util.Objects;

/** Whether prompt improvement is frozen, why, by whom and since when (or, once unfrozen, the unfreeze's). */
public record FreezeState(boolean frozen, String reason, String actor, Instant at) {

    public FreezeState {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    public String describe() {
        return (frozen ? "frozen" : "unfrozen") + " by " + actor + " at " + at + ": " + reason;
    }
}
