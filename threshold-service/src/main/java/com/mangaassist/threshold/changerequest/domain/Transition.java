package com.mangaassist.threshold.changerequest.domain;

import java.time.Instant;
import java.util.Objects;

/** One step of a change request's life: into {@code state} at {@code at}, by {@code by}, and why. */
public record Transition(ChangeState state, Instant at, String by, String note) {

    public Transition {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        note = Objects.requireNonNullElse(note, "");
    }
}
