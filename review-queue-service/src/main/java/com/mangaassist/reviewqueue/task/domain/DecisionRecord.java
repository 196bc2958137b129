package com.mangaassist.reviewqueue.task.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision taken on a task, kept on the task so that a repeated request with the same idempotency key
 * gets the first result. {@code decision} is empty for system deliveries (auto-delivery, bulk approval).
 */
public record DecisionRecord(
        String idempotencyKey,
        ReviewDecision decision,
        String decidedBy,
        Instant decidedAt,
        String editedResponse,
        String notes,
        Result result) {

    /** How the decision ended. */
    public enum Result {
        /** Sent to the workflow; waiting for its answer. */
        SENDING,
        /** The workflow accepted it: the answer is on its way. */
        DELIVERED,
        /** The workflow had already timed out: the AI draft went out with the disclaimer instead. */
        TOO_LATE
    }

    public DecisionRecord {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(result, "result");
    }

    public DecisionRecord withResult(Result newResult) {
        return new DecisionRecord(idempotencyKey, decision, decidedBy, decidedAt, editedResponse, notes, newResult);
    }

    @Override
    public String toString() {
        return "DecisionRecord[decision=" + decision + ", decidedBy=" + decidedBy + ", result=" + result + "]";
    }
}
