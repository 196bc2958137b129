package com.mangaassist.common.runbook;

import java.util.Objects;

/** Who runs a runbook, why, whether for real, and the optional idempotency key. */
public record RunbookCommand(String actor, String reason, boolean dryRun, String idempotencyKey) {

    public static final int MAX_REASON_CHARS = 1000;

    public RunbookCommand {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_CHARS) {
            throw new IllegalArgumentException("a reason of 1-" + MAX_REASON_CHARS + " characters is required");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new IllegalArgumentException("Idempotency-Key must be 1-100 characters");
        }
    }
}
