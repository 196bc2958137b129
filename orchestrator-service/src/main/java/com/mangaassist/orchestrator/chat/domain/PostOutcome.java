package com.mangaassist.orchestrator.chat.domain;

/** What happened when a message was posted to a connection. */
public sealed interface PostOutcome {

    /** The gateway accepted the message for the connection. */
    record Posted() implements PostOutcome {}

    /** The connection no longer exists (GoneException). */
    record Gone() implements PostOutcome {}
}
