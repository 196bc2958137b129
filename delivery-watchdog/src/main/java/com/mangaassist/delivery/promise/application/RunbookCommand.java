package com.mangaassist.delivery.promise.application;

import java.time.Duration;
import java.time.Instant;

/**
 * An on-call action's common input: who, why, and whether only to report what would happen. {@code from}
 * and {@code to} bound the promises' creation time (retry only).
 */
public record RunbookCommand(String actor, String reason, boolean dryRun, Instant from, Instant to) {

    public static final int MAX_REASON_CHARS = 500;

    public RunbookCommand {
        if (reason == null || reason.isBlank()) {
            throw new RunbookRequestRejected("REASON_REQUIRED", "a reason is required");
        }
        if (reason.length() > MAX_REASON_CHARS) {
            throw new RunbookRequestRejected(
                    "REASON_TOO_LONG", "reason is longer than " + MAX_REASON_CHARS + " characters");
        }
    }

    /** Checks the window: both ends given, from ≤ to, at most {@code maxWindow} long. */
    public RunbookCommand requireWindow(Duration maxWindow) {
        if (from == null || to == null) {
            throw new RunbookRequestRejected("WINDOW_REQUIRED", "from and to are required");
        }
        if (from.isAfter(to)) {
            throw new RunbookRequestRejected("INVALID_WINDOW", "from is after to");
        }
        if (Duration.between(from, to).compareTo(maxWindow) > 0) {
            throw new RunbookRequestRejected("WINDOW_TOO_LONG", "the window is longer than " + maxWindow);
        }
        return this;
    }
}
