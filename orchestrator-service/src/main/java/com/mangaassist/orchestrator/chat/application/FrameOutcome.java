package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.FrameError;

/** What became of a client frame. */
public sealed interface FrameOutcome {

    /** The turn was recorded and answered; {@code delivered} is false when the connection was gone. */
    record Answered(String messageId, String sessionId, boolean delivered) implements FrameOutcome {}

    /** The frame was invalid; the client was sent an {@code error}. */
    record Rejected(FrameError error) implements FrameOutcome {}

    /** No connection of this user with that id: nothing was recorded or sent. */
    record UnknownConnection() implements FrameOutcome {}
}
