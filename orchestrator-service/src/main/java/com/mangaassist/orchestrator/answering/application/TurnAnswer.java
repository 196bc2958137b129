package com.mangaassist.orchestrator.answering.application;

import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.orchestrator.answering.domain.TurnRecord;

/** The message to post to the customer for a turn and the record of how it was decided. */
public record TurnAnswer(ServerMessage reply, TurnRecord record) {}
