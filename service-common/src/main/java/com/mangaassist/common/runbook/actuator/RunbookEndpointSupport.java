package com.mangaassist.common.runbook.actuator;

import com.mangaassist.common.runbook.IdempotencyKeyReusedException;
import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookArguments;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookParameter;
import com.mangaassist.common.runbook.RunbookRefusedException;
import com.mangaassist.model.security.Role;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * What every service's {@code runbooks} Actuator endpoint does with its catalog: lists the runbooks, describes
 * one with its dry run, and runs one — after checking the caller holds one of the runbook's roles (the HTTP
 * security rules already did; this holds for any other exposure). The run goes through the catalog's action,
 * so the reason, the dry-run default, the idempotency key and the audit entry are those of the REST path.
 * Refusals are answered as problem bodies with the status and {@code code} the REST path uses.
 *
 * @param <R> the runbook result of the service
 */
public final class RunbookEndpointSupport<R> {

    /** Said once at the top of the listing: the inputs every runbook takes. */
    public static final String EVERY_RUNBOOK =
            "every runbook takes reason (required, 1-1000 characters) and dryRun (default true: send false to act);"
                    + " an Idempotency-Key header (or idempotencyKey) answers a repeated run with its first result."
                    + " GET /actuator/runbooks/{name}?reason=…&<parameters> shows the dry run;"
                    + " POST /actuator/runbooks/{name} runs it";

    private final RunbookCatalog<R> catalog;

    public RunbookEndpointSupport(RunbookCatalog<R> catalog) {
        this.catalog = catalog;
    }

    /** Every runbook of the service. */
    public Listing listing() {
        return new Listing(
                catalog.service(),
                EVERY_RUNBOOK,
                catalog.runbooks().stream().map(RunbookView::of).toList());
    }

    /**
     * The runbook and, when a reason is given, its dry run with {@code arguments} (audited like any dry run).
     * Without a reason only the description: a GET that only reads writes nothing.
     */
    public WebEndpointResponse<Object> describe(
            String name, String reason, Map<String, ?> arguments, SecurityContext caller) {
        Optional<RunbookCatalog.Entry<R>> entry = catalog.find(name);
        if (entry.isEmpty()) {
            return unknown(name);
        }
        Optional<WebEndpointResponse<Object>> refused = refuse(entry.get().runbook(), caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        RunbookView view = RunbookView.of(entry.get().runbook());
        if (reason == null || reason.isBlank()) {
            return new WebEndpointResponse<>(
                    new Description(view, null, "give reason (and the parameters) to see the dry run"));
        }
        Called called = call(entry.get(), caller, reason, true, null, arguments);
        return called.problem() != null
                ? called.problem()
                : new WebEndpointResponse<>(new Description(view, called.result(), "dry run: nothing changed"));
    }

    /** Runs the runbook: a dry run unless {@code dryRun} is false. */
    public WebEndpointResponse<Object> run(
            String name,
            String reason,
            Boolean dryRun,
            String idempotencyKey,
            Map<String, ?> arguments,
            SecurityContext caller) {
        Optional<RunbookCatalog.Entry<R>> entry = catalog.find(name);
        if (entry.isEmpty()) {
            return unknown(name);
        }
        Optional<WebEndpointResponse<Object>> refused = refuse(entry.get().runbook(), caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        Called called = call(entry.get(), caller, reason, dryRun == null || dryRun, idempotencyKey, arguments);
        return called.problem() != null ? called.problem() : new WebEndpointResponse<>(called.result());
    }

    /** The runbook's result, or the problem that refused the call. */
    private record Called(Object result, WebEndpointResponse<Object> problem) {}

    private Called call(
            RunbookCatalog.Entry<R> entry,
            SecurityContext caller,
            String reason,
            boolean dryRun,
            String idempotencyKey,
            Map<String, ?> arguments) {
        try {
            RunbookCommand command =
                    new RunbookCommand(caller.getPrincipal().getName(), reason, dryRun, idempotencyKey);
            return new Called(entry.action().run(command, RunbookArguments.of(arguments)), null);
        } catch (IdempotencyKeyReusedException e) {
            return new Called(null, problem(409, "IDEMPOTENCY_KEY_REUSED", e.getMessage()));
        } catch (RunbookRefusedException e) {
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case CONFLICT -> 409;
                case UNPROCESSABLE -> 422;
            };
            return new Called(null, problem(status, e.code(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Called(null, problem(400, "INVALID_REQUEST", e.getMessage()));
        }
    }

    private static Optional<WebEndpointResponse<Object>> refuse(Runbook runbook, SecurityContext caller) {
        Principal principal = caller.getPrincipal();
        if (principal == null) {
            return Optional.of(problem(401, "UNAUTHORIZED", "A valid bearer token is required."));
        }
        boolean allowed = runbook.roles().stream().anyMatch(role -> caller.isUserInRole(role.roleName()));
        return allowed
                ? Optional.empty()
                : Optional.of(problem(403, "FORBIDDEN", "Your role does not allow this operation."));
    }

    private static WebEndpointResponse<Object> unknown(String name) {
        return problem(404, "RUNBOOK_NOT_FOUND", "no runbook named " + name);
    }

    private static WebEndpointResponse<Object> problem(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        return new WebEndpointResponse<>(body, status);
    }

    /** {@code GET /actuator/runbooks}. */
    public record Listing(String service, String everyRunbook, List<RunbookView> runbooks) {}

    /** {@code GET /actuator/runbooks/{name}}: the runbook and, with a reason, its dry run. */
    public record Description(RunbookView runbook, Object dryRun, String note) {}

    /** A runbook as listed: roles as they appear in the token's claim. */
    public record RunbookView(
            String name,
            String path,
            String actuatorPath,
            String changes,
            List<ParameterView> parameters,
            String guard,
            List<String> roles) {

        static RunbookView of(Runbook runbook) {
            return new RunbookView(
                    runbook.name(),
                    runbook.path(),
                    "/actuator/runbooks/" + runbook.name(),
                    runbook.changes(),
                    runbook.parameters().stream().map(ParameterView::of).toList(),
                    runbook.guard(),
                    runbook.roles().stream().map(Role::claimValue).toList());
        }
    }

    /** A parameter as listed. */
    public record ParameterView(String name, String type, boolean required, String limits, String defaultValue) {

        static ParameterView of(RunbookParameter parameter) {
            return new ParameterView(
                    parameter.name(),
                    parameter.type().name(),
                    parameter.required(),
                    parameter.limits(),
                    parameter.defaultValue());
        }
    }
}
