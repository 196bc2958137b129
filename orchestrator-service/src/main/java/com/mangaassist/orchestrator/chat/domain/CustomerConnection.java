package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;
import java.util.Objects;

/** A live WebSocket connection of a customer, bound to one chat session. */
public record CustomerConnection(
        String connectionId, String userId, String sessionId, Instant connectedAt, String sourceIp) {

    public CustomerConnection {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }

    public boolean belongsTo(String user) {
        return userId.equals(user);
    }
}
