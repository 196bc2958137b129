package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.reviewqueue.task.domain.DecisionCheck;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A reviewer's decision: APPROVE delivers the draft, EDIT the edited text, REJECT tells the customer a
 * person will follow up and opens a live handoff task. The same idempotency key again returns the first
 * result; after the workflow timed out the answer is {@link DecisionOutcome.TooLate}.
 */
public final class DecideReviewTask {

    /** What the customer reads when a reviewer rejects the draft. */
    public static final String HANDOFF_TEXT =
            "Thank you for waiting. A member of our staff will follow up on your question personally.";

    public static final String HANDOFF_TEXT_JA = "お待たせしております。担当スタッフが直接ご連絡いたします。";

    private final ReviewTasks tasks;
    private final TaskCompletion completion;
    private final ReviewSlaPolicy sla;
    private final QueueEvents events;
    private final Clock clock;

    public DecideReviewTask(
            ReviewTasks tasks, TaskCompletion completion, ReviewSlaPolicy sla, QueueEvents events, Clock clock) {
        this.tasks = tasks;
        this.completion = completion;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    public DecisionOutcome decide(DecideCommand command) {
        Optional<ReviewTask> found = tasks.find(command.taskId()).filter(t -> t.kind() == TaskKind.REVIEW);
        if (found.isEmpty()) {
            return new DecisionOutcome.NotFound();
        }
        ReviewTask task = found.get();
        Optional<DecisionRecord> earlier = task.decisionRecord()
                .filter(r -> r.idempotencyKey().equals(command.idempotencyKey())
                        && r.decidedBy().equals(command.reviewer().id()));
        if (earlier.isPresent()) {
            return replay(task, earlier.get());
        }
        Instant now = clock.instant();
        DecisionCheck.Verdict verdict = DecisionCheck.check(task, command.reviewer(), now);
        if (verdict instanceof DecisionCheck.TooLate) {
            if (task.status() != TaskStatus.TIMED_OUT) {
                completion.timeOut(task);
            }
            return new DecisionOutcome.TooLate(tasks.find(task.taskId()).orElse(task));
        }
        if (verdict instanceof DecisionCheck.NotFound) {
            return new DecisionOutcome.NotFound();
        }
        if (verdict instanceof DecisionCheck.NotClaimHolder) {
            return new DecisionOutcome.NotClaimHolder();
        }
        if (verdict instanceof DecisionCheck.NotClaimed) {
            return new DecisionOutcome.NotClaimed();
        }
        if (verdict instanceof DecisionCheck.AlreadyDecided) {
            return new DecisionOutcome.AlreadyDecided(task);
        }
        DecisionRecord record = new DecisionRecord(
                command.idempotencyKey(),
                command.decision(),
                command.reviewer().id(),
                now,
                command.editedResponse(),
                command.notes(),
                DecisionRecord.Result.SENDING);
        return send(task, record);
    }

    private DecisionOutcome replay(ReviewTask task, DecisionRecord record) {
        switch (record.result()) {
            case DELIVERED:
                return new DecisionOutcome.Decided(task);
            case TOO_LATE:
                return new DecisionOutcome.TooLate(task);
            default:
                // the first attempt stopped between marking and completing: send again (the workflow
                // accepts a token's success once, so nothing is delivered twice)
                return task.status() == TaskStatus.DELIVERING ? send(task, record) : new DecisionOutcome.Conflict();
        }
    }

    private DecisionOutcome send(ReviewTask task, DecisionRecord record) {
        Delivered delivered = completion.deliver(
                task, record, deliveryFor(task, record), finalStatus(record.decision()), outcomeOf(task, record), null);
        if (delivered instanceof Delivered.Conflict) {
            return new DecisionOutcome.Conflict();
        }
        if (delivered instanceof Delivered.TooLate) {
            return new DecisionOutcome.TooLate(((Delivered.TooLate) delivered).task());
        }
        ReviewTask done = ((Delivered.Sent) delivered).task();
        if (record.decision() == ReviewDecision.REJECT) {
            Instant now = clock.instant();
            ReviewTask handoff = ReviewTask.newHandoff(task.content(), task.priority(), now, sla);
            if (tasks.create(handoff)) {
                events.arrived(handoff, now);
            }
        }
        return new DecisionOutcome.Decided(done);
    }

    static DeliveryRequest deliveryFor(ReviewTask task, DecisionRecord record) {
        String messageId = task.content().messageId();
        switch (record.decision()) {
            case APPROVE:
                return DeliveryRequest.reviewed(messageId, task.content().draftAnswer());
            case EDIT:
                return DeliveryRequest.reviewed(messageId, record.editedResponse());
            default:
                return DeliveryRequest.handoff(messageId, HANDOFF_TEXT, HANDOFF_TEXT_JA);
        }
    }

    private static TaskStatus finalStatus(ReviewDecision decision) {
        switch (decision) {
            case APPROVE:
                return TaskStatus.APPROVED;
            case EDIT:
                return TaskStatus.EDITED;
            default:
                return TaskStatus.REJECTED;
        }
    }

    /** An edit that changes nothing but whitespace is an approval of the draft as it was. */
    private static OutcomeKind outcomeOf(ReviewTask task, DecisionRecord record) {
        switch (record.decision()) {
            case APPROVE:
                return OutcomeKind.APPROVED_UNCHANGED;
            case EDIT:
                return record.editedResponse()
                                .strip()
                                .equals(task.content().draftAnswer().strip())
                        ? OutcomeKind.APPROVED_UNCHANGED
                        : OutcomeKind.EDITED;
            default:
                return OutcomeKind.REJECTED;
        }
    }
}
