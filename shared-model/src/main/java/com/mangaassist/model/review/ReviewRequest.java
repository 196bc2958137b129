package com.mangaassist.model.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;

/**
 * A message on the {@code review-requests} queue (kind {@code review}, sent by the state machine with
 * {@code taskToken} = {@code $$.Task.Token}) or on the {@code handoffs} queue (kind {@code handoff},
 * sent by the orchestrator, no token). The token is a secret of review-queue-service: it is stored
 * server-side and never logged or returned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewRequest(
        ReviewRequestKind kind,
        String taskToken,
        String messageId,
        String sessionId,
        String userId,
        Priority priority,
        TopicCategory topic,
        double confidence,
        double rawScore,
        String question,
        String draftAnswer,
        String lang,
        String createdAt,
        Long timeoutSeconds) {

    @Override
    public String toString() {
        // never print the task token
        return "ReviewRequest[kind=" + kind + ", messageId=" + messageId + ", priority=" + priority + ", topic=" + topic
                + "]";
    }
}
