package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;

/** What the reviewer reads: the customer's turn, the AI draft and how routing scored it. */
public record TaskContent(
        String messageId,
        String sessionId,
        String userId,
        TopicCategory topic,
        double confidence,
        double rawScore,
        String question,
        String draftAnswer,
        String lang) {

    public TaskContent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topic, "topic");
        question = question == null ? "" : question;
        draftAnswer = draftAnswer == null ? "" : draftAnswer;
    }
}
