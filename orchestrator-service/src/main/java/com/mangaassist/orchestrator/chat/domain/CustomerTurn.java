package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;
import java.util.Objects;

/** One customer message, as recorded before it is answered. */
public record CustomerTurn(
        String messageId,
        String sessionId,
        String userId,
        String connectionId,
        String clientMessageId,
        String text,
        Language language,
        Instant receivedAt) {

    public CustomerTurn {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
