package com.mangaassist.orchestrator.chat.domain;

import com.mangaassist.model.chat.ServerMessage;

/**
 * Decides the reply to a recorded customer turn (an answer, a review acknowledgement or a handoff
 * notice) and records how it was decided. Posting the reply is the caller's job.
 */
public interface Responder {

    ServerMessage respond(CustomerTurn turn);
}
