package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskContent;
import com.mangaassist.reviewqueue.task.domain.TaskToken;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Turns a queue message into a stored task. The task id is derived from the message id, so a redelivered
 * message finds its task and is acknowledged without a second one.
 */
public final class TaskIntake {

    static final int MAX_ID_CHARS = 100;

    private final ReviewTasks tasks;
    private final ReviewSlaPolicy sla;
    private final QueueEvents events;
    private final Clock clock;

    public TaskIntake(ReviewTasks tasks, ReviewSlaPolicy sla, QueueEvents events, Clock clock) {
        this.tasks = tasks;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    public IntakeOutcome accept(ReviewRequest request) {
        String problem = problemWith(request);
        if (problem != null) {
            return new IntakeOutcome.Invalid(problem);
        }
        Instant now = clock.instant();
        Instant createdAt = createdAt(request, now);
        TaskContent content = new TaskContent(
                request.messageId(),
                request.sessionId(),
                request.userId(),
                request.topic(),
                request.confidence(),
                request.rawScore(),
                request.question(),
                request.draftAnswer(),
                request.lang());
        ReviewTask task = request.kind() == ReviewRequestKind.REVIEW
                ? ReviewTask.newReview(
                        content,
                        request.priority(),
                        createdAt,
                        sla,
                        createdAt.plusSeconds(request.timeoutSeconds()),
                        TaskToken.of(request.taskToken()))
                : ReviewTask.newHandoff(content, request.priority(), createdAt, sla);
        if (!tasks.create(task)) {
            return new IntakeOutcome.Duplicate(task.taskId());
        }
        events.arrived(task, now);
        return new IntakeOutcome.Stored(task.taskId());
    }

    private static Instant createdAt(ReviewRequest request, Instant now) {
        return request.createdAt() == null ? now : Instant.parse(request.createdAt());
    }

    private static String problemWith(ReviewRequest request) {
        if (request.kind() == null) {
            return "kind is required";
        }
        if (request.messageId() == null
                || request.messageId().isBlank()
                || request.messageId().length() > MAX_ID_CHARS) {
            return "messageId is required, at most " + MAX_ID_CHARS + " characters";
        }
        if (request.priority() == null || request.topic() == null) {
            return "priority and topic are required";
        }
        if (request.draftAnswer() != null && request.draftAnswer().length() > DeliveryRequest.MAX_TEXT_CHARS) {
            return "draftAnswer too long";
        }
        if (request.createdAt() != null) {
            try {
                Instant.parse(request.createdAt());
            } catch (DateTimeParseException e) {
                return "createdAt is not an ISO-8601 instant";
            }
        }
        if (request.kind() == ReviewRequestKind.REVIEW) {
            if (request.taskToken() == null || request.taskToken().isBlank()) {
                return "a review request needs its task token";
            }
            if (request.timeoutSeconds() == null || request.timeoutSeconds() <= 0) {
                return "a review request needs timeoutSeconds";
            }
            if (request.draftAnswer() == null || request.draftAnswer().isBlank()) {
                return "a review request needs the draft answer";
            }
        }
        return null;
    }
}
