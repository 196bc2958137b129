package com.mangaassist.orchestrator.chat.domain;

import java.util.Objects;

/** What the responder answered for a turn: text, topic, confidence in [0, 1] and which responder. */
public record Reply(String text, String topic, double confidence, String responder) {

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(responder, "responder");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
