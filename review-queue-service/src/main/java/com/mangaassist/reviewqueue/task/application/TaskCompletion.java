package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcome;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcomes;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way a review task ends: mark it {@code DELIVERING} (conditional, so only one caller sends),
 * complete the workflow, then store the final status and the outcome. A workflow that is gone turns the
 * task {@code TIMED_OUT}: its own timeout path delivered the draft, nothing goes out twice.
 */
public final class TaskCompletion {

    /** Detail of the {@code TIMED_OUT} outcome when the workflow's deadline passed. */
    public static final String WORKFLOW_TIMEOUT = "WORKFLOW_TIMEOUT";

    private final ReviewTasks tasks;
    private final ReviewWorkflow workflow;
    private final ReviewOutcomes outcomes;
    private final QueueEvents events;
    private final Clock clock;

    public TaskCompletion(
            ReviewTasks tasks, ReviewWorkflow workflow, ReviewOutcomes outcomes, QueueEvents events, Clock clock) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends {@code delivery} for {@code task} (as read, version unchanged) and finishes it as {@code
     * finalStatus} with {@code outcome}. A task already {@code DELIVERING} with the same record is resent.
     */
    public Delivered deliver(
            ReviewTask task,
            DecisionRecord record,
            DeliveryRequest delivery,
            TaskStatus finalStatus,
            OutcomeKind outcome,
            String outcomeDetail) {
        ReviewTask sending = task;
        TaskStatus previous = task.status();
        if (task.status() != TaskStatus.DELIVERING) {
            sending = task.delivering(record);
            if (!tasks.update(sending)) {
                return new Delivered.Conflict();
            }
        }
        WorkflowResult result;
        try {
            result = workflow.succeed(sending.token(), delivery);
        } catch (WorkflowUnavailableException e) {
            if (previous != TaskStatus.DELIVERING) {
                tasks.update(sending.deliveryAbandoned(previous));
            }
            throw e;
        }
        Instant now = clock.instant();
        if (result instanceof WorkflowResult.Gone) {
            ReviewTask timedOut =
                    sending.finished(TaskStatus.TIMED_OUT, record.withResult(DecisionRecord.Result.TOO_LATE));
            tasks.update(timedOut);
            outcomes.record(outcomeOf(timedOut, OutcomeKind.TIMED_OUT, WORKFLOW_TIMEOUT, now));
            events.completed(timedOut, now);
            return new Delivered.TooLate(timedOut);
        }
        ReviewTask done = sending.finished(finalStatus, record.withResult(DecisionRecord.Result.DELIVERED));
        tasks.update(done);
        outcomes.record(outcomeOf(done, outcome, outcomeDetail, now));
        events.completed(done, now);
        return new Delivered.Sent(done);
    }

    /** Marks an open task whose workflow is gone {@code TIMED_OUT}; false if it changed meanwhile. */
    public boolean timeOut(ReviewTask task) {
        Instant now = clock.instant();
        DecisionRecord record =
                new DecisionRecord("system:timeout", null, "system", now, null, null, DecisionRecord.Result.TOO_LATE);
        ReviewTask timedOut = task.finished(TaskStatus.TIMED_OUT, record);
        if (!tasks.update(timedOut)) {
            return false;
        }
        outcomes.record(outcomeOf(timedOut, OutcomeKind.TIMED_OUT, WORKFLOW_TIMEOUT, now));
        events.completed(timedOut, now);
        return true;
    }

    private static ReviewOutcome outcomeOf(ReviewTask task, OutcomeKind kind, String detail, Instant at) {
        return new ReviewOutcome(
                task.content().topic(),
                task.content().messageId(),
                task.content().rawScore(),
                kind,
                detail,
                at);
    }
}
