package com.mangaassist.delivery.promise.adapter.in.web;

import com.mangaassist.common.web.Problems;
import com.mangaassist.delivery.promise.application.DeliveryRunbooks;
import com.mangaassist.delivery.promise.application.RunbookCommand;
import com.mangaassist.delivery.promise.application.RunbookReport;
import com.mangaassist.delivery.promise.application.RunbookRequestRejected;
import java.security.Principal;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenario 4's runbooks for on-call: retry stuck deliveries in a creation window, and apologise to
 * connected users with overdue promises. Each takes {@code dryRun} (default true) and a required
 * {@code reason}, is audited, and honours {@code Idempotency-Key} by answering with the first result; the
 * {@code runbooks} Actuator endpoint runs them the same way ({@link DeliveryRunbookCalls}).
 */
@RestController
@RequestMapping("/api/runbook/deliveries")
public class DeliveryRunbookController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DeliveryRunbooks runbooks;
    private final DeliveryRunbookCalls calls;

    public DeliveryRunbookController(DeliveryRunbooks runbooks, DeliveryRunbookCalls calls) {
        this.runbooks = runbooks;
        this.calls = calls;
    }

    /** Body of both runbooks; {@code from}/{@code to} only for retry. */
    public record RunbookBody(Instant from, Instant to, Boolean dryRun, String reason) {}

    @PostMapping("/retry")
    public ResponseEntity<String> retry(
            @RequestBody RunbookBody body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            Principal caller) {
        RunbookCommand command = command(body, caller);
        return idempotently(caller, DeliveryRunbooks.RETRY, key, () -> runbooks.retryStuck(command));
    }

    @PostMapping("/apologies")
    public ResponseEntity<String> apologies(
            @RequestBody RunbookBody body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            Principal caller) {
        RunbookCommand command = command(body, caller);
        return idempotently(caller, DeliveryRunbooks.APOLOGIES, key, () -> runbooks.apologise(command));
    }

    private static RunbookCommand command(RunbookBody body, Principal caller) {
        boolean dryRun = body.dryRun() == null || body.dryRun();
        return new RunbookCommand(caller.getName(), body.reason(), dryRun, body.from(), body.to());
    }

    private ResponseEntity<String> idempotently(
            Principal caller, String action, String key, Supplier<RunbookReport> run) {
        DeliveryRunbookCalls.Reply reply = calls.call(caller.getName(), action, key, run);
        return ok(reply.json(), reply.replayed());
    }

    private static ResponseEntity<String> ok(String body, boolean replayed) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", Boolean.toString(replayed))
                .body(body);
    }

    @ExceptionHandler(RunbookRequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(RunbookRequestRejected e) {
        HttpStatus status = switch400(e.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(Problems.of(status, e.code(), e.getMessage()));
    }

    private static boolean switch400(String code) {
        return code.equals("REASON_REQUIRED")
                || code.equals("WINDOW_REQUIRED")
                || code.equals("INVALID_IDEMPOTENCY_KEY");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "the body is not a runbook request"));
    }
}
