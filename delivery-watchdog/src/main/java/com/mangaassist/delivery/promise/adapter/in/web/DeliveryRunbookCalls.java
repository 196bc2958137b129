package com.mangaassist.delivery.promise.adapter.in.web;

import com.mangaassist.delivery.promise.application.IdempotentResults;
import com.mangaassist.delivery.promise.application.RunbookReport;
import com.mangaassist.delivery.promise.application.RunbookRequestRejected;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a delivery runbook call goes, from the REST path and the Actuator path alike: an {@code Idempotency-Key}
 * seen before for the same caller and runbook answers with the first report (replayed), otherwise the runbook
 * runs and, with a key, its report is stored first-wins.
 */
public final class DeliveryRunbookCalls {

    public static final int MAX_IDEMPOTENCY_KEY_CHARS = 128;

    private final IdempotentResults idempotent;
    private final JsonMapper json;

    public DeliveryRunbookCalls(IdempotentResults idempotent, JsonMapper json) {
        this.idempotent = idempotent;
        this.json = json;
    }

    /** The report as JSON and whether it is the stored answer to an earlier call. */
    public record Reply(String json, boolean replayed) {}

    public Reply call(String actor, String action, String key, Supplier<RunbookReport> run) {
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_CHARS)) {
            throw new RunbookRequestRejected(
                    "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key must be 1-" + MAX_IDEMPOTENCY_KEY_CHARS + " characters");
        }
        String scope = actor + "#" + action;
        Optional<String> first = key == null ? Optional.empty() : idempotent.find(scope, key);
        if (first.isPresent()) {
            return new Reply(first.get(), true);
        }
        String result = json.writeValueAsString(run.get());
        if (key == null) {
            return new Reply(result, false);
        }
        String stored = idempotent.storeFirst(scope, key, result);
        return new Reply(stored, !stored.equals(result));
    }

    /** A reply's report read back. */
    public RunbookReport report(Reply reply) {
        return json.readValue(reply.json(), RunbookReport.class);
    }
}
