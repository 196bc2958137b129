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

/** Fixture builders: feedback records and the messages they rate. */
public final class Feedback {

    private Feedback() {}

    public static FeedbackRecord binary(String id, String user, TopicCategory topic, Signal signal, Instant at) {
        return record(id, FeedbackKind.BINARY, user, topic, signal, at, Set.of(), "v1");
    }

    public static FeedbackRecord correction(String id, String user, TopicCategory topic, Instant at) {
        return new FeedbackRecord(
                id,
                FeedbackKind.CORRECTION,
                "m-" + id,
                "s-" + user,
                user,
                topic,
                "v1",
                at,
                null,
                "a better answer",
                "a better answer",
                0.8,
                null,
                null,
                new ProvenanceScore(0.6, List.of()),
                Set.of(),
                false,
                null,
                null);
    }

    public static FeedbackRecord record(
            String id,
            FeedbackKind kind,
            String user,
            TopicCategory topic,
            Signal signal,
            Instant at,
            Set<Exclusion> exclusions,
            String promptVersion) {
        return new FeedbackRecord(
                id,
                kind,
                "m-" + id,
                "s-" + user,
                user,
                topic,
                promptVersion,
                at,
                signal,
                null,
                null,
                null,
                null,
                null,
                new ProvenanceScore(0.6, List.of()),
                exclusions,
                false,
                null,
                null);
    }

    /** The message a record rates, with the given true topic. */
    public static RatedMessage messageOf(FeedbackRecord record, TopicCategory topic) {
        return new RatedMessage(
                record.messageId(),
                record.sessionId(),
                record.userId(),
                Optional.of(topic),
                topic.code(),
                record.promptVersion(),
                "question",
                "answer",
                record.createdAt());
    }
}
