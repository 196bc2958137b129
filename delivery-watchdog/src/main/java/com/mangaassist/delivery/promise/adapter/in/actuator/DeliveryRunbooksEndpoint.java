package com.mangaassist.delivery.promise.adapter.in.actuator;

import com.mangaassist.common.runbook.RunbookCatalog;
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
 * {@code /actuator/runbooks} of the delivery watchdog (on-call): the listing, one runbook with its dry run
 * ({@code GET …/{name}?reason=…}), and a run ({@code POST …/{name}}). Parameters are those of the REST bodies.
 */
@Endpoint(id = "runbooks")
public class DeliveryRunbooksEndpoint {

    private final RunbookEndpointSupport<DeliveryRunbookCatalog.DeliveryRunbookRun> support;

    public DeliveryRunbooksEndpoint(RunbookCatalog<DeliveryRunbookCatalog.DeliveryRunbookRun> catalog) {
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
            @Nullable String from,
            @Nullable String to,
            SecurityContext caller) {
        return support.describe(name, reason, arguments(from, to), caller);
    }

    @WriteOperation
    public WebEndpointResponse<Object> run(
            @Selector String name,
            @Nullable String reason,
            @Nullable Boolean dryRun,
            @Nullable String idempotencyKey,
            @Nullable String from,
            @Nullable String to,
            SecurityContext caller) {
        return support.run(name, reason, dryRun, idempotencyKey, arguments(from, to), caller);
    }

    private static Map<String, String> arguments(String from, String to) {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("from", from);
        arguments.put("to", to);
        return arguments;
    }
}
