package com.mangaassist.feedback.monitoring.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;

/** A synthetic customer turn written for the canary to rate; it expires at {@code expiresAt}. */
public record CanaryMessage(
        String messageId,
        String sessionId,
        String userId,
        TopicCategory topic,
        String question,
        String answer,
        Instant createdAt,
        Instant expiresAt) {

    public CanaryMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
