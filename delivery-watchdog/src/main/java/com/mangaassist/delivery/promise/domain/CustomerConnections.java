package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.chat.ServerMessage;

/** Posting to a customer's WebSocket connection (API Gateway's {@code @connections}). */
public interface CustomerConnections {

    /**
     * Posts {@code message}; {@link PostOutcome.Gone} when the connection is closed.
     *
     * @throws DeliveryFailedException for every other failure, with its {@link FailureKind}
     */
    PostOutcome post(String connectionId, ServerMessage message);

    /** Whether the connection is still open (read-only). */
    boolean isConnected(String connectionId);
}
