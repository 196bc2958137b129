package com.mangaassist.orchestrator.chat.domain;

import com.mangaassist.model.chat.ServerMessage;
import java.util.Objects;

/**
 * Decides the reply to a recorded customer turn (an answer, a review acknowledgement or a handoff
 * notice) and records how it was decided. Posting the reply is the caller's job; the caller runs
 * {@link Response#afterPosted()} once the reply was posted (or could not be).
 */
public interface Responder {

    /**
     * Decides the reply to {@code turn}, which may still be being recorded: {@code onRecord} blocks until it is,
     * and must be run before anything about the turn is written (so the decision itself can overlap the write).
     */
    Response respond(CustomerTurn turn, Runnable onRecord);

    /** Decides the reply to a turn already on record. */
    default Response respond(CustomerTurn turn) {
        return respond(turn, () -> {});
    }

    /** The reply and what must happen after it was posted (start a review, queue a handoff). */
    record Response(ServerMessage reply, Runnable afterPosted) {

        public Response {
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(afterPosted, "afterPosted");
        }

        public static Response only(ServerMessage reply) {
            return new Response(reply, () -> {});
        }
    }
}
