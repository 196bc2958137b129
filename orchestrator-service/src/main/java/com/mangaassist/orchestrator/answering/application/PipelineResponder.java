package com.mangaassist.orchestrator.answering.application;

import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.answering.domain.TurnRecords;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.followup.application.FollowUpTurn;
import java.time.Clock;

/**
 * The chat's responder: runs the answering pipeline (while the turn is being recorded), then, once the turn is on
 * record, records its outcome and, for a review, writes the delivery promise — all before the reply is posted; the review workflow or the handoff follows the
 * post.
 */
public final class PipelineResponder implements Responder {

    private final AnswerCustomerTurn pipeline;
    private final TurnRecords records;
    private final FollowUpTurn followUp;
    private final Clock clock;

    public PipelineResponder(AnswerCustomerTurn pipeline, TurnRecords records, FollowUpTurn followUp, Clock clock) {
        this.pipeline = pipeline;
        this.records = records;
        this.followUp = followUp;
        this.clock = clock;
    }

    @Override
    public Response respond(CustomerTurn turn, Runnable onRecord) {
        TurnAnswer answer = pipeline.answer(turn);
        TurnRecord record = answer.record();
        onRecord.run();
        records.recordOutcome(turn.messageId(), record, clock.instant());
        followUp.beforeReply(turn, record);
        return new Response(answer.reply(), () -> followUp.afterReply(turn, record));
    }
}
