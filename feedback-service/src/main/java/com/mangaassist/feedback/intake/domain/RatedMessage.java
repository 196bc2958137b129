package com.mangaassist.feedback.intake.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer turn a signal is about, as found by a consistent read of {@code messages} by its key:
 * whose it is, its session, its topic (empty while the turn is not yet answered or for an unknown code),
 * the prompt version that answered it, the question and the answer.
 */
public record RatedMessage(
        String messageId,
        String sessionId,
        String userId,
        Optional<TopicCategory> topic,
        String rawTopic,
        String promptVersion,
        String question,
        String answer,
        Instant createdAt) {

    public RatedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(topic, "topic");
        rawTopic = rawTopic == null ? "" : rawTopic;
        promptVersion = promptVersion == null ? "" : promptVersion;
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
    }
}
