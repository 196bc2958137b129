package com.mangaassist.feedback.runbook.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A quarantine subject as stored: whether it is in force, and the reason that was written on every record
 * it marked (so that a lift can tell its own marks from another quarantine's).
 */
public record QuarantineState(String subject, boolean active, String reason, String actor, Instant at) {

    public QuarantineState {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
