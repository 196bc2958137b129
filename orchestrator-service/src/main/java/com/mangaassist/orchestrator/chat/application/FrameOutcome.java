package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.FrameError;

/** What became of a client frame. */
public sealed interface FrameOutcome {

    /** The turn was recorded and answered; {@code delivered} is false when the connection was gone. */
    record Answered(String messageId, String sessionId, boolean delivered) implements FrameOutcome {}

    /** The frame was invalid; the client was sent an {@code error}. */
    record Rejected(FrameError error) implements FrameOutcome {}

    /**
     * Answering failed on our side; the customer was sent an {@code INTERNAL_ERROR} error frame ({@code told}: it
     * reached the connection). The turn may or may not be on record.
     */
    record Failed(String messageId, boolean told) implements FrameOutcome {}

    /** No connection of this user with that id: nothing was recorded or sent. */
    record UnknownConnection() implements FrameOutcome {}
}
