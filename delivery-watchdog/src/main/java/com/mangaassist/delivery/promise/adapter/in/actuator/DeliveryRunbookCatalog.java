package com.mangaassist.delivery.promise.adapter.in.actuator;

import static com.mangaassist.common.runbook.RunbookParameter.Type.INSTANT;
import static com.mangaassist.common.runbook.RunbookParameter.required;

import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookArguments;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookRefusedException;
import com.mangaassist.delivery.promise.adapter.in.web.DeliveryRunbookCalls;
import com.mangaassist.delivery.promise.application.DeliveryRunbooks;
import com.mangaassist.delivery.promise.application.RunbookReport;
import com.mangaassist.delivery.promise.application.RunbookRequestRejected;
import com.mangaassist.model.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scenario 4's runbooks as the Actuator endpoint lists and runs them: each goes through {@link
 * DeliveryRunbookCalls} to the {@link DeliveryRunbooks} method its REST path calls, so the Idempotency-Key
 * (per caller and runbook), the limits, the codes and the audit entry are the REST path's.
 */
public final class DeliveryRunbookCatalog {

    private static final List<Role> ONCALL = List.of(Role.ONCALL);
    private static final Set<String> INVALID = Set.of("REASON_REQUIRED", "WINDOW_REQUIRED", "INVALID_IDEMPOTENCY_KEY");

    private DeliveryRunbookCatalog() {}

    /** A runbook's report as the Actuator path answers it: the REST body plus whether it was replayed. */
    public record DeliveryRunbookRun(
            String action,
            boolean dryRun,
            int considered,
            List<String> messageIds,
            Map<String, Integer> outcomes,
            boolean replayed) {}

    public static RunbookCatalog<DeliveryRunbookRun> of(
            DeliveryRunbooks runbooks, DeliveryRunbookCalls calls, Duration maxWindow) {
        return new RunbookCatalog<>(
                "delivery-watchdog",
                List.of(
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "retry",
                                        "/api/runbook/deliveries/retry",
                                        "overdue PENDING promises created in the window get the watchdog's fallback"
                                                + " now: the draft with an apology on the connection, else inbox and"
                                                + " email",
                                        List.of(
                                                required("from", INSTANT, "ISO-8601 instant, promises created from"),
                                                required(
                                                        "to",
                                                        INSTANT,
                                                        "ISO-8601 instant, at most " + maxWindow.toHours()
                                                                + " h after from")),
                                        "PENDING and overdue only, each claimed before it is posted; promises not yet"
                                                + " due are left to the review; a window of at most "
                                                + maxWindow.toHours() + " h",
                                        ONCALL),
                                (command, args) -> call(
                                        calls, DeliveryRunbooks.RETRY, command, args, c -> runbooks.retryStuck(c))),
                        new RunbookCatalog.Entry<>(
                                new Runbook(
                                        "apologies",
                                        "/api/runbook/deliveries/apologies",
                                        "posts the draft with an apology to connected customers whose promises are"
                                                + " overdue",
                                        List.of(),
                                        "open connections only; the others are left to the watchdog's inbox and"
                                                + " email fallback",
                                        ONCALL),
                                (command, args) -> call(
                                        calls,
                                        DeliveryRunbooks.APOLOGIES,
                                        command,
                                        args,
                                        c -> runbooks.apologise(c)))));
    }

    private static DeliveryRunbookRun call(
            DeliveryRunbookCalls calls,
            String action,
            RunbookCommand command,
            RunbookArguments args,
            Function<com.mangaassist.delivery.promise.application.RunbookCommand, RunbookReport> runbook) {
        try {
            com.mangaassist.delivery.promise.application.RunbookCommand delivery =
                    new com.mangaassist.delivery.promise.application.RunbookCommand(
                            command.actor(),
                            command.reason(),
                            command.dryRun(),
                            args.instant("from").orElse(null),
                            args.instant("to").orElse(null));
            DeliveryRunbookCalls.Reply reply =
                    calls.call(command.actor(), action, command.idempotencyKey(), () -> runbook.apply(delivery));
            RunbookReport report = calls.report(reply);
            return new DeliveryRunbookRun(
                    report.action(),
                    report.dryRun(),
                    report.considered(),
                    report.messageIds(),
                    report.outcomes(),
                    reply.replayed());
        } catch (RunbookRequestRejected e) {
            throw new RunbookRefusedException(
                    INVALID.contains(e.code())
                            ? RunbookRefusedException.Kind.INVALID
                            : RunbookRefusedException.Kind.UNPROCESSABLE,
                    e.code(),
                    e.getMessage());
        }
    }
}
