package com.mangaassist.common.runbook;

import java.time.Instant;
import java.util.Objects;

/** One line of the append-only audit trail: who did what, why, and what came of it. */
public record AuditEntry(Instant at, String actor, String action, String reason, boolean dryRun, String summary) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
    }
}
