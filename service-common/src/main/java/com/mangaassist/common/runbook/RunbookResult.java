package com.mangaassist.common.runbook;

import java.util.List;
import java.util.Objects;

/**
 * What a runbook found and did. {@code matched} records (or subjects) qualified; {@code changed} were acted
 * on (0 in a dry run); {@code failed} could not be acted on; {@code ids} lists at most {@link #MAX_IDS} of
 * the matched ids; {@code replayed} when this is the stored result of an earlier call with the same
 * idempotency key.
 */
public record RunbookResult(
        String action,
        boolean dryRun,
        int matched,
        int changed,
        int failed,
        List<String> ids,
        String summary,
        boolean replayed) {

    public static final int MAX_IDS = 100;

    public RunbookResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(summary, "summary");
        ids = List.copyOf(ids.size() > MAX_IDS ? ids.subList(0, MAX_IDS) : ids);
    }

    public RunbookResult asReplay() {
        return new RunbookResult(action, dryRun, matched, changed, failed, ids, summary, true);
    }
}
