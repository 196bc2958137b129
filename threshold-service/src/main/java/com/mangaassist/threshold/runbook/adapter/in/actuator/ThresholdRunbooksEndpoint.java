package com.mangaassist.threshold.runbook.adapter.in.actuator;

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
 * {@code /actuator/runbooks} of change control (on-call): the listing, one runbook with its dry run
 * ({@code GET …/{name}?reason=…}), and a run ({@code POST …/{name}}). Parameters are those of the REST bodies;
 * {@code categories} is comma-separated.
 */
@Endpoint(id = "runbooks")
public class ThresholdRunbooksEndpoint {

    private final RunbookEndpointSupport<RunbookResult> support;

    public ThresholdRunbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
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
            @Nullable String categories,
            @Nullable String autoRespondMin,
            @Nullable String durationMinutes,
            @Nullable String promptId,
            SecurityContext caller) {
        return support.describe(name, reason, arguments(categories, autoRespondMin, durationMinutes, promptId), caller);
    }

    @WriteOperation
    public WebEndpointResponse<Object> run(
            @Selector String name,
            @Nullable String reason,
            @Nullable Boolean dryRun,
            @Nullable String idempotencyKey,
            @Nullable String categories,
            @Nullable String autoRespondMin,
            @Nullable String durationMinutes,
            @Nullable String promptId,
            SecurityContext caller) {
        return support.run(
                name,
                reason,
                dryRun,
                idempotencyKey,
                arguments(categories, autoRespondMin, durationMinutes, promptId),
                caller);
    }

    private static Map<String, String> arguments(
            String categories, String autoRespondMin, String durationMinutes, String promptId) {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("categories", categories);
        arguments.put("autoRespondMin", autoRespondMin);
        arguments.put("durationMinutes", durationMinutes);
        arguments.put("promptId", promptId);
        return arguments;
    }
}
