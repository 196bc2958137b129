package com.mangaassist.feedback.testing;

import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Fixture builders for feedback records and rated messages. */
public final class FeedbackRecords {

    private FeedbackRecords() {}

    public static FeedbackRecord binary(
            String id, String userId, String sessionId, TopicCategory topic, Signal signal, Instant at) {
        return new FeedbackRecord(
                id,
                FeedbackKind.BINARY,
                "m-" + id,
                sessionId,
                userId,
                topic,
                "v1",
                at,
                signal,
                null,
                null,
                null,
                null,
                null,
                new ProvenanceScore(0.5, List.of()),
                Set.of(),
                false,
                null,
                null);
    }

    public static FeedbackRecord correction(
            String id, String userId, TopicCategory topic, String sanitised, Instant at) {
        return new FeedbackRecord(
                id,
                FeedbackKind.CORRECTION,
                "m-" + id,
                "s-" + userId,
                userId,
                topic,
                "v1",
                at,
                null,
                sanitised,
                sanitised,
                0.8,
                null,
                null,
                new ProvenanceScore(0.5, List.of()),
                Set.of(),
                false,
                null,
                null);
    }

    public static FeedbackRecord excluded(FeedbackRecord r, Exclusion exclusion) {
        return new FeedbackRecord(
                r.feedbackId(),
                r.kind(),
                r.messageId(),
                r.sessionId(),
                r.userId(),
                r.topic(),
                r.promptVersion(),
                r.createdAt(),
                r.signal(),
                r.correctionRaw(),
                r.correctionSanitised(),
                r.relatedness(),
                r.chosenMessageId(),
                r.rejectedMessageId(),
                r.provenance(),
                Set.of(exclusion),
                r.quarantined(),
                r.quarantineReason(),
                r.originalIncorrectTopic());
    }

    public static RatedMessage message(FeedbackRecord r, TopicCategory topic) {
        return new RatedMessage(
                r.messageId(),
                r.sessionId(),
                r.userId(),
                Optional.ofNullable(topic),
                topic == null ? "" : topic.code(),
                "v1",
                "question",
                "answer",
                r.createdAt());
    }
}
