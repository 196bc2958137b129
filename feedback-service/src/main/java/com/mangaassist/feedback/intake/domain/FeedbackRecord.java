package com.mangaassist.feedback.intake.domain;

import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One stored feedback signal. Topic, session and message are as found on the rated message at write
 * time; a correction keeps its raw text (audit) and its sanitised text (use). {@link #usable()} says
 * whether the signal may feed aggregates and prompt improvement.
 *
 * @param signal UP/DOWN for BINARY, null otherwise
 * @param correctionRaw the customer's text for CORRECTION, null otherwise
 * @param correctionSanitised links and competitors removed, null otherwise
 * @param relatedness cosine similarity of a correction to the question, null otherwise
 * @param chosenMessageId PREFERENCE: the answer preferred, null otherwise
 * @param rejectedMessageId PREFERENCE: the answer not preferred, null otherwise
 * @param quarantineReason null unless quarantined
 * @param originalIncorrectTopic set by the backfill when it corrected the topic, else null
 */
public record FeedbackRecord(
        String feedbackId,
        FeedbackKind kind,
        String messageId,
        String sessionId,
        String userId,
        TopicCategory topic,
        String promptVersion,
        Instant createdAt,
        Signal signal,
        String correctionRaw,
        String correctionSanitised,
        Double relatedness,
        String chosenMessageId,
        String rejectedMessageId,
        ProvenanceScore provenance,
        Set<Exclusion> exclusions,
        boolean quarantined,
        String quarantineReason,
        String originalIncorrectTopic) {

    public FeedbackRecord {
        Objects.requireNonNull(feedbackId, "feedbackId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(provenance, "provenance");
        promptVersion = promptVersion == null ? "" : promptVersion;
        exclusions = exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
        if (kind == FeedbackKind.BINARY && signal == null) {
            throw new IllegalArgumentException("a BINARY record needs a signal");
        }
        if (kind == FeedbackKind.CORRECTION && correctionRaw == null) {
            throw new IllegalArgumentException("a CORRECTION record needs its text");
        }
        if (kind == FeedbackKind.PREFERENCE && (chosenMessageId == null || rejectedMessageId == null)) {
            throw new IllegalArgumentException("a PREFERENCE record needs both answers");
        }
    }

    /** Clean data: not quarantined and nothing excluded it (a provenance at or below the bar is an exclusion). */
    public boolean usable() {
        return !quarantined && exclusions.isEmpty();
    }

    public boolean canary() {
        return exclusions.contains(Exclusion.CANARY);
    }

    public FeedbackRecord quarantinedFor(String reason) {
        return new FeedbackRecord(
                feedbackId,
                kind,
                messageId,
                sessionId,
                userId,
                topic,
                promptVersion,
                createdAt,
                signal,
                correctionRaw,
                correctionSanitised,
                relatedness,
                chosenMessageId,
                rejectedMessageId,
                provenance,
                exclusions,
                true,
                reason,
                originalIncorrectTopic);
    }
}
