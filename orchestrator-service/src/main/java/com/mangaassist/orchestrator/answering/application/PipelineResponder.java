package com.mangaassist.orchestrator.answering.application;

import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.orchestrator.answering.domain.TurnRecords;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Responder;
import java.time.Clock;

/** The chat's responder: runs the answering pipeline and records its outcome before the reply is posted. */
public final class PipelineResponder implements Responder {

    private final AnswerCustomerTurn pipeline;
    private final TurnRecords records;
    private final Clock clock;

    public PipelineResponder(AnswerCustomerTurn pipeline, TurnRecords records, Clock clock) {
        this.pipeline = pipeline;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public ServerMessage respond(CustomerTurn turn) {
        TurnAnswer answer = pipeline.answer(turn);
        records.recordOutcome(turn.messageId(), answer.record(), clock.instant());
        return answer.reply();
    }
}
