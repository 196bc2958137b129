package com.mangaassist.orchestrator.chat.domain;

import com.mangaassist.model.chat.ServerMessage;

/** Posts a message to a customer's connection. Failures other than a gone connection are exceptions. */
public interface CustomerNotifier {

    PostOutcome post(String connectionId, ServerMessage message);
}
