package com.mangaassist.common.web;

import com.mangaassist.common.runbook.IdempotencyKeyReusedException;
import com.mangaassist.common.runbook.RunbookCommand;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;

/** What every runbook controller does with a request: the command from the caller and body, and the refusals as problems. */
public final class RunbookRequests {

    private RunbookRequests() {}

    /** The caller's command; {@code dryRun} defaults to true (send false to act). A missing reason is a 400. */
    public static RunbookCommand command(Authentication caller, String reason, Boolean dryRun, String idempotencyKey) {
        try {
            return new RunbookCommand(caller.getName(), reason, dryRun == null || dryRun, idempotencyKey);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_REQUEST", e.getMessage());
        }
    }

    /** Runs {@code call}: a key used for another runbook is 409 {@code IDEMPOTENCY_KEY_REUSED}, invalid input 400. */
    public static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (IdempotencyKeyReusedException e) {
            throw ApiProblem.conflict("IDEMPOTENCY_KEY_REUSED", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_REQUEST", e.getMessage());
        }
    }
}
