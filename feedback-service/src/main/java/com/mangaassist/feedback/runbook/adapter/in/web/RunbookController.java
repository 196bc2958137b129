package com.mangaassist.feedback.runbook.adapter.in.web;

import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.common.web.RunbookRequests;
import com.mangaassist.feedback.runbook.application.BackfillWindowMismatchException;
import com.mangaassist.feedback.runbook.application.FeedbackRunbooks;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.BackfillCounts;
import com.mangaassist.feedback.runbook.domain.QuarantineScope;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback runbooks (on-call; freeze also ML lead, unfreeze ML lead only — enforced by the security rules).
 * Every body takes {@code reason} (required, at most 1000 characters) and {@code dryRun} (default true: send
 * false to act); an optional {@code Idempotency-Key} header returns the first result again, and a key used
 * for another runbook is refused with 409 {@code IDEMPOTENCY_KEY_REUSED}.
 */
@RestController
public class RunbookController {

    private final FeedbackRunbooks runbooks;

    public RunbookController(FeedbackRunbooks runbooks) {
        this.runbooks = runbooks;
    }

    @PostMapping("/api/runbook/feedback/quarantine")
    public RunbookResult quarantine(
            @RequestBody QuarantineBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        QuarantineScope scope = scope(body.scope());
        return guarded(
                () -> runbooks.quarantine(command(caller, body.reason(), body.dryRun(), key), scope, body.ids()));
    }

    @PostMapping("/api/runbook/feedback/quarantine/lift")
    public RunbookResult lift(
            @RequestBody QuarantineBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        QuarantineScope scope = scope(body.scope());
        return guarded(() -> runbooks.lift(command(caller, body.reason(), body.dryRun(), key), scope, body.ids()));
    }

    @PostMapping("/api/runbook/feedback/backfill")
    public RunbookResult backfill(
            @RequestBody BackfillBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        Instant from = instant(body.from(), "from");
        Instant to = instant(body.to(), "to");
        return guarded(
                () -> runbooks.backfill(command(caller, body.reason(), body.dryRun(), key), from, to, body.jobId()));
    }

    @GetMapping("/api/runbook/feedback/backfill/{jobId}")
    public BackfillProgress backfillProgress(@PathVariable String jobId) {
        ApiProblem.checkedId(jobId, "jobId");
        return runbooks.backfillProgress(jobId)
                .map(BackfillProgress::of)
                .orElseThrow(() -> ApiProblem.notFound("BACKFILL_NOT_FOUND", "no backfill job " + jobId));
    }

    @PostMapping("/api/runbook/feedback/improvement/freeze")
    public RunbookResult freeze(
            @RequestBody RunbookBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        return guarded(() -> runbooks.freeze(command(caller, body.reason(), body.dryRun(), key)));
    }

    @PostMapping("/api/runbook/feedback/improvement/unfreeze")
    public RunbookResult unfreeze(
            @RequestBody RunbookBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            Authentication caller) {
        return guarded(() -> runbooks.unfreeze(command(caller, body.reason(), body.dryRun(), key)));
    }

    private static RunbookResult guarded(Supplier<RunbookResult> call) {
        try {
            return RunbookRequests.guarded(call);
        } catch (BackfillWindowMismatchException e) {
            throw ApiProblem.conflict("BACKFILL_WINDOW_MISMATCH", e.getMessage());
        }
    }

    private static RunbookCommand command(Authentication caller, String reason, Boolean dryRun, String key) {
        return RunbookRequests.command(caller, reason, dryRun, key);
    }

    private static QuarantineScope scope(String scope) {
        if (scope == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "scope is required: ACCOUNT or SESSION");
        }
        try {
            return QuarantineScope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "scope must be ACCOUNT or SESSION");
        }
    }

    private static Instant instant(String text, String name) {
        if (text == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", name + " is required (ISO-8601 instant)");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_REQUEST", name + " must be an ISO-8601 instant");
        }
    }

    /** {@code reason}, {@code dryRun}. */
    public record RunbookBody(String reason, Boolean dryRun) {}

    /** Plus {@code scope} (ACCOUNT or SESSION) and {@code ids} (1-100 user or session ids). */
    public record QuarantineBody(String scope, List<String> ids, String reason, Boolean dryRun) {}

    /** Plus {@code from} and {@code to} (ISO instants, at most 90 days apart) and an optional {@code jobId}. */
    public record BackfillBody(String from, String to, String reason, Boolean dryRun, String jobId) {}

    /** A backfill job's checkpoint: window, next day and whether a page cursor is pending, counts, status. */
    public record BackfillProgress(
            String jobId,
            Instant from,
            Instant to,
            String nextDay,
            boolean midDay,
            BackfillCounts counts,
            List<String> correctedIds,
            String status,
            Instant updatedAt) {

        static BackfillProgress of(BackfillCheckpoint c) {
            return new BackfillProgress(
                    c.jobId(),
                    c.from(),
                    c.to(),
                    c.day().toString(),
                    c.cursor() != null,
                    c.counts(),
                    c.correctedIds(),
                    c.status().name(),
                    c.updatedAt());
        }
    }
}
