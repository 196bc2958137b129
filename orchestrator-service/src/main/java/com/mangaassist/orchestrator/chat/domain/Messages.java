package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;

/** One record per customer turn. */
public interface Messages {

    /** Records the turn as received; a message id is never written twice. */
    void recordReceived(CustomerTurn turn);

    /** Records the answer and whether it reached the connection. */
    void recordAnswered(String messageId, Reply reply, boolean delivered, Instant answeredAt);
}
