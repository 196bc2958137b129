package com.mangaassist.orchestrator.followup.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The promise that a customer told "your question is being reviewed" gets an answer: by the
 * reviewer through the workflow, or by the delivery-watchdog's fallback once {@code dueAt} passes.
 * {@code draft} is the AI draft, so the fallback always has an answer to give.
 */
public record DeliveryPromise(
        String messageId,
        String sessionId,
        String userId,
        String connectionId,
        Instant createdAt,
        Instant dueAt,
        String lang,
        String draft) {

    public DeliveryPromise {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(draft, "draft");
        if (!dueAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a promise is due after it is made");
        }
    }
}
