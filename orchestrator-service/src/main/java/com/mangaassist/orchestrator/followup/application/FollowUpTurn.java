package com.mangaassist.orchestrator.followup.application;

import com.mangaassist.model.review.ReviewExecutionInput;
import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromise;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromises;
import com.mangaassist.orchestrator.followup.domain.HandoffDesk;
import com.mangaassist.orchestrator.followup.domain.PromiseOutcome;
import com.mangaassist.orchestrator.followup.domain.ReviewSchedule;
import com.mangaassist.orchestrator.followup.domain.ReviewWorkflow;
import com.mangaassist.orchestrator.followup.domain.WorkflowStart;
import java.util.Optional;

/**
 * The follow-up of a decided turn, in the order that keeps the promise without transactions:
 * {@link #beforeReply} writes the delivery promise of a review (so the acknowledgement never goes out
 * without one); {@link #afterReply} starts the review workflow (execution name = message id) or queues
 * the live handoff. A workflow that cannot be started leaves the promise pending: the watchdog's
 * fallback answers with the draft when it falls due.
 */
public final class FollowUpTurn {

    /** What a review says when the model produced no draft at all. */
    static final String NO_DRAFT = "We could not prepare an answer automatically. A member of our staff will answer"
            + " you here or by email. / 自動で回答を作成できませんでした。スタッフがこちらまたはメールでご回答します。";

    private final DeliveryPromises promises;
    private final ReviewWorkflow workflow;
    private final HandoffDesk handoffs;
    private final ReviewSchedule schedule;

    public FollowUpTurn(
            DeliveryPromises promises, ReviewWorkflow workflow, HandoffDesk handoffs, ReviewSchedule schedule) {
        this.promises = promises;
        this.workflow = workflow;
        this.handoffs = handoffs;
        this.schedule = schedule;
    }

    /** Before the reply is posted: a review's promise. Returns empty for other decisions. */
    public Optional<PromiseOutcome> beforeReply(CustomerTurn turn, TurnRecord record) {
        if (record.decision() != RouteDecision.REVIEW) {
            return Optional.empty();
        }
        return Optional.of(promises.make(new DeliveryPromise(
                turn.messageId(),
                turn.sessionId(),
                turn.userId(),
                turn.connectionId(),
                turn.receivedAt(),
                turn.receivedAt().plus(schedule.promiseDue()),
                turn.language().code(),
                draftOf(record))));
    }

    /** After the reply was posted (or not: the promise stands either way). */
    public FollowUp afterReply(CustomerTurn turn, TurnRecord record) {
        if (record.decision() == RouteDecision.REVIEW) {
            Priority priority = record.priority().orElse(Priority.P3);
            return new FollowUp.Review(workflow.start(new ReviewExecutionInput(
                    turn.messageId(),
                    turn.sessionId(),
                    turn.userId(),
                    priority,
                    record.topic(),
                    record.confidence(),
                    record.rawConfidence(),
                    turn.text(),
                    draftOf(record),
                    turn.language().code(),
                    turn.receivedAt().toString(),
                    schedule.timeoutSeconds(priority),
                    schedule.heartbeatSeconds(priority))));
        }
        if (record.decision() == RouteDecision.HANDOFF) {
            handoffs.enqueue(new ReviewRequest(
                    ReviewRequestKind.HANDOFF,
                    null,
                    turn.messageId(),
                    turn.sessionId(),
                    turn.userId(),
                    record.priority().orElse(Priority.P2),
                    record.topic(),
                    record.confidence(),
                    record.rawConfidence(),
                    turn.text(),
                    draftOf(record),
                    turn.language().code(),
                    turn.receivedAt().toString(),
                    null));
            return new FollowUp.HandedOff();
        }
        return new FollowUp.None();
    }

    private static String draftOf(TurnRecord record) {
        return record.draftAnswer().isBlank() ? NO_DRAFT : record.draftAnswer();
    }

    /** What {@link #afterReply} did. */
    public sealed interface FollowUp {

        record None() implements FollowUp {}

        record Review(WorkflowStart start) implements FollowUp {}

        record HandedOff() implements FollowUp {}
    }
}
