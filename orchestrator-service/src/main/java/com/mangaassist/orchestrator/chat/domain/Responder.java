package com.mangaassist.orchestrator.chat.domain;

/** Produces the reply to a customer turn. */
public interface Responder {

    Reply respond(CustomerTurn turn);
}
