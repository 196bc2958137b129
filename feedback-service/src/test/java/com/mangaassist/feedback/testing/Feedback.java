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
        return binary(id, user, "s-" + user, topic, signal, at);
    }

    public static FeedbackRecord binary(
            String id, String user, String session, TopicCategory topic, Signal signal, Instant at) {
        return build(id, FeedbackKind.BINARY, user, session, topic, signal, null, at, Set.of(), "v1");
    }

    public static FeedbackRecord correction(String id, String user, TopicCategory topic, Instant at) {
        return correction(id, user, topic, "a better answer", at);
    }

    public static FeedbackRecord correction(String id, String user, TopicCategory topic, String sanitised, Instant at) {
        return build(id, FeedbackKind.CORRECTION, user, "s-" + user, topic, null, sanitised, at, Set.of(), "v1");
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
        return build(id, kind, user, "s-" + user, topic, signal, null, at, exclusions, promptVersion);
    }

    /** The same record with exactly {@code exclusion}. */
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

    /** The message a record rates, with the given true topic (none: a turn not routed yet). */
    public static RatedMessage messageOf(FeedbackRecord record, TopicCategory topic) {
        return new RatedMessage(
                record.messageId(),
                record.sessionId(),
                record.userId(),
                Optional.ofNullable(topic),
                topic == null ? "" : topic.code(),
                record.promptVersion(),
                "question",
                "answer",
                record.createdAt());
    }

    private static FeedbackRecord build(
            String id,
            FeedbackKind kind,
            String user,
            String session,
            TopicCategory topic,
            Signal signal,
            String correction,
            Instant at,
            Set<Exclusion> exclusions,
            String promptVersion) {
        return new FeedbackRecord(
                id,
                kind,
                "m-" + id,
                session,
                user,
                topic,
                promptVersion,
                at,
                signal,
                correction,
                correction,
                correction == null ? null : 0.8,
                null,
                null,
                new ProvenanceScore(0.6, List.of()),
                exclusions,
                false,
                null,
                null);
    }
}
