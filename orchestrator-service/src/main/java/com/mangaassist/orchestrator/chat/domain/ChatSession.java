package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;
import java.util.Objects;

/** A customer's chat session, opened on connect and closed on disconnect. */
public record ChatSession(String sessionId, String userId, String connectionId, Instant createdAt) {

    public ChatSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
