package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;

/** One record per customer turn. */
public interface Messages {

    /** Records the turn as received; a message id is never written twice. */
    void recordReceived(CustomerTurn turn);

    /** Records whether the reply reached the connection. */
    void recordDelivery(String messageId, boolean delivered, Instant at);
}
