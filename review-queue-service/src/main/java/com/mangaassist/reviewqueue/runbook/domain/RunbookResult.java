package com.mangaassist.reviewqueue.runbook.domain;

import java.util.List;

/**
 * What a runbook found and did. {@code matched} tasks (or reviewers) qualified; {@code changed} were acted
 * on (0 in a dry run); {@code replayed} when this is the stored result of an earlier call with the same
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

    public RunbookResult {
        ids = List.copyOf(ids);
    }

    public RunbookResult asReplay() {
        return new RunbookResult(action, dryRun, matched, changed, failed, ids, summary, true);
    }
}
