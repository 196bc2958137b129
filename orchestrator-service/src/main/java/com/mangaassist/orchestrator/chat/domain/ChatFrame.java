package com.mangaassist.orchestrator.chat.domain;

/** A validated client frame: a message to answer, or a rejection the client is told about. */
public sealed interface ChatFrame {

    /** {@code sendMessage} with a non-empty text within the limit. */
    record SendMessage(String clientMessageId, String text, Language language) implements ChatFrame {}

    /** A frame that cannot be processed; {@code code} is the stable error code sent to the client. */
    record Rejected(FrameError error, String clientMessageId) implements ChatFrame {}
}
