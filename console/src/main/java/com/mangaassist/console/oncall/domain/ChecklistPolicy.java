package com.mangaassist.console.oncall.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * The checklist's own numbers where the alarm catalogue has none (the catalogue's thresholds are used wherever it
 * has one).
 *
 * @param configWindow how far back step 4 lists configuration changes (the checklist says "recent": 24 h)
 * @param recentChange a change this recent, while the escalation-rate alarm holds, is the suspect (scenario 3)
 * @param stuckExecutionAfter a review execution running longer than this is stuck (the longest review timeout plus
 *     a margin)
 * @param endedBadlyWindow how far back step 6 counts timed-out and failed executions
 * @param relaxedAutoRespondMin the auto-respond bound step 8 pre-fills for the emergency relaxation
 * @param relaxationMinutes how long step 8's relaxation lasts
 * @param retryWindow how far back step 10's delivery retry reaches (at most 24 h, the runbook's limit)
 */
public record ChecklistPolicy(
        Duration configWindow,
        Duration recentChange,
        Duration stuckExecutionAfter,
        Duration endedBadlyWindow,
        double relaxedAutoRespondMin,
        int relaxationMinutes,
        Duration retryWindow) {

    public ChecklistPolicy {
        Objects.requireNonNull(configWindow, "configWindow");
        Objects.requireNonNull(recentChange, "recentChange");
        Objects.requireNonNull(stuckExecutionAfter, "stuckExecutionAfter");
        Objects.requireNonNull(endedBadlyWindow, "endedBadlyWindow");
        Objects.requireNonNull(retryWindow, "retryWindow");
        if (relaxedAutoRespondMin < 0.5 || relaxedAutoRespondMin > 1) {
            throw new IllegalArgumentException("relaxedAutoRespondMin must be in [0.5, 1] (the runbook's limits)");
        }
        if (relaxationMinutes < 1 || relaxationMinutes > 480) {
            throw new IllegalArgumentException("relaxationMinutes must be 1-480 (the runbook's limit)");
        }
        if (retryWindow.isNegative() || retryWindow.isZero() || retryWindow.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("retryWindow must be in (0, 24 h] (the runbook's limit)");
        }
    }

    /** The defaults documented in docs/CONSOLE.md. */
    public static ChecklistPolicy defaults() {
        return new ChecklistPolicy(
                Duration.ofHours(24),
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                Duration.ofHours(1),
                0.7,
                120,
                Duration.ofHours(2));
    }
}
