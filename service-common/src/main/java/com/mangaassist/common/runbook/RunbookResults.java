package com.mangaassist.common.runbook;

import java.util.Optional;

/** Runbook results by idempotency key (port): the same key again gets the first result. */
public interface RunbookResults {

    Optional<RunbookResult> find(String idempotencyKey);

    void save(String idempotencyKey, RunbookResult result);
}
