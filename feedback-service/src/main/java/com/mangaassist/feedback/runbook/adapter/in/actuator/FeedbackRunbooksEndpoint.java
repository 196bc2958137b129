package com.mangaassist.feedback.runbook.adapter.in.actuator;

import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.actuator.RunbookEndpointSupport;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/runbooks} of feedback: the listing (on-call), one runbook with its dry run ({@code GET
 * …/{name}?reason=…}), and a run ({@code POST …/{name}}) — freeze also for the ML lead, unfreeze for the ML
 * lead only. Parameters are those of the REST bodies; {@code ids} is comma-separated.
 */
@Endpoint(id = "runbooks")
public class FeedbackRunbooksEndpoint {

    private final RunbookEndpointSupport<RunbookResult> support;

    public FeedbackRunbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
        this.support = new RunbookEndpointSupport<>(catalog);
    }

    @ReadOperation
    public RunbookEndpointSupport.Listing runbooks() {
        return support.listing();
    }

    @ReadOperation
    public WebEndpointResponse<Object> describe(
            @Selector String name,
            @Nullable String reason,
            @Nullable String scope,
            @Nullable String ids,
            @Nullable String from,
            @Nullable String to,
            @Nullable String jobId,
            SecurityContext caller) {
        return support.describe(name, reason, arguments(scope, ids, from, to, jobId), caller);
    }

    @WriteOperation
    public WebEndpointResponse<Object> run(
            @Selector String name,
            @Nullable String reason,
            @Nullable Boolean dryRun,
            @Nullable String idempotencyKey,
            @Nullable String scope,
            @Nullable String ids,
            @Nullable String from,
            @Nullable String to,
            @Nullable String jobId,
            SecurityContext caller) {
        return support.run(name, reason, dryRun, idempotencyKey, arguments(scope, ids, from, to, jobId), caller);
    }

    private static Map<String, String> arguments(String scope, String ids, String from, String to, String jobId) {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("scope", scope);
        arguments.put("ids", ids);
        arguments.put("from", from);
        arguments.put("to", to);
        arguments.put("jobId", jobId);
        return arguments;
    }
}
