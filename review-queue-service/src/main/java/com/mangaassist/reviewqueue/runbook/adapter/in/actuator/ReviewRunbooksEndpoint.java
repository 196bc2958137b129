package com.mangaassist.reviewqueue.runbook.adapter.in.actuator;

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
 * {@code /actuator/runbooks} of the review queue (on-call): the listing, one runbook with its dry run
 * ({@code GET …/{name}?reason=…}), and a run ({@code POST …/{name}}). Parameters are those of the REST bodies.
 */
@Endpoint(id = "runbooks")
public class ReviewRunbooksEndpoint {

    private final RunbookEndpointSupport<RunbookResult> support;

    public ReviewRunbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
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
            @Nullable String toPriority,
            @Nullable String topics,
            @Nullable String olderThanSeconds,
            @Nullable String minimumConfidence,
            @Nullable String message,
            @Nullable String reviewerId,
            SecurityContext caller) {
        return support.describe(
                name,
                reason,
                arguments(toPriority, topics, olderThanSeconds, minimumConfidence, message, reviewerId),
                caller);
    }

    @WriteOperation
    public WebEndpointResponse<Object> run(
            @Selector String name,
            @Nullable String reason,
            @Nullable Boolean dryRun,
            @Nullable String idempotencyKey,
            @Nullable String toPriority,
            @Nullable String topics,
            @Nullable String olderThanSeconds,
            @Nullable String minimumConfidence,
            @Nullable String message,
            @Nullable String reviewerId,
            SecurityContext caller) {
        return support.run(
                name,
                reason,
                dryRun,
                idempotencyKey,
                arguments(toPriority, topics, olderThanSeconds, minimumConfidence, message, reviewerId),
                caller);
    }

    private static Map<String, String> arguments(
            String toPriority,
            String topics,
            String olderThanSeconds,
            String minimumConfidence,
            String message,
            String reviewerId) {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("toPriority", toPriority);
        arguments.put("topics", topics);
        arguments.put("olderThanSeconds", olderThanSeconds);
        arguments.put("minimumConfidence", minimumConfidence);
        arguments.put("message", message);
        arguments.put("reviewerId", reviewerId);
        return arguments;
    }
}
