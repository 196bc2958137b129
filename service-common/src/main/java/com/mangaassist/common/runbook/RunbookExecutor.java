package com.mangaassist.common.runbook;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every runbook runs: an idempotency key seen before returns the stored result (marked replayed; a key
 * used for another runbook is refused), otherwise the runbook runs — or, in a dry run, only counts — and an
 * audit entry {@code <service>:<action>} is written; a real run's result is stored under its key. Dry runs
 * are never stored: the real run sent after a dry run with the same key must not replay the dry result.
 */
public final class RunbookExecutor {

    private final String service;
    private final AuditLog audit;
    private final RunbookResults results;
    private final Clock clock;

    public RunbookExecutor(String service, AuditLog audit, RunbookResults results, Clock clock) {
        this.service = service;
        this.audit = audit;
        this.results = results;
        this.clock = clock;
    }

    public RunbookResult run(RunbookCommand command, String action, Supplier<RunbookResult> body) {
        if (command.idempotencyKey() != null) {
            Optional<RunbookResult> earlier = results.find(command.idempotencyKey());
            if (earlier.isPresent()) {
                if (!earlier.get().action().equals(action)) {
                    throw new IdempotencyKeyReusedException(earlier.get().action());
                }
                return earlier.get().asReplay();
            }
        }
        RunbookResult result = body.get();
        audit.append(new AuditEntry(
                clock.instant(),
                command.actor(),
                service + ":" + action,
                command.reason(),
                command.dryRun(),
                result.summary() + "; matched " + result.matched() + ", changed " + result.changed() + ", failed "
                        + result.failed()));
        if (command.idempotencyKey() != null && !command.dryRun()) {
            results.save(command.idempotencyKey(), result);
        }
        return result;
    }
}
