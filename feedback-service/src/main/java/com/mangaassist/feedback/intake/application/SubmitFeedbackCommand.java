package com.mangaassist.feedback.intake.application;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.Signal;
import java.util.Objects;

/**
 * A customer's feedback as received. {@code claimedTopic} and {@code claimedSessionId} are optional: when a
 * client sends them they must match the rated message.
 */
public record SubmitFeedbackCommand(
        String userId,
        FeedbackKind kind,
        String messageId,
        Signal signal,
        String correction,
        String chosenMessageId,
        String rejectedMessageId,
        String claimedTopic,
        String claimedSessionId,
        boolean canary) {

    public SubmitFeedbackCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
    }

    public static SubmitFeedbackCommand binary(String userId, String messageId, Signal signal) {
        return new SubmitFeedbackCommand(
                userId, FeedbackKind.BINARY, messageId, signal, null, null, null, null, null, false);
    }

    public static SubmitFeedbackCommand correction(String userId, String messageId, String text) {
        return new SubmitFeedbackCommand(
                userId, FeedbackKind.CORRECTION, messageId, null, text, null, null, null, null, false);
    }
}
