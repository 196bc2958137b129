package com.mangaassist.feedback.intake.adapter.in.web;

import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.provenance.domain.ProvenanceFactor;
import com.mangaassist.model.resources.SortableTime;
import java.util.List;

/** The whole record for on-call and ML leads: enrichment, provenance breakdown, exclusions, raw and sanitised text. */
public record FeedbackView(
        String feedbackId,
        String type,
        String messageId,
        String sessionId,
        String userId,
        String topic,
        String promptVersion,
        String createdAt,
        String signal,
        String correctionRaw,
        String correctionSanitised,
        Double relatedness,
        String chosenMessageId,
        String rejectedMessageId,
        double provenanceScore,
        List<ProvenanceFactor> provenance,
        List<String> exclusions,
        boolean quarantined,
        String quarantineReason,
        String originalIncorrectTopic,
        boolean included) {

    public static FeedbackView of(FeedbackRecord r) {
        return new FeedbackView(
                r.feedbackId(),
                r.kind().name(),
                r.messageId(),
                r.sessionId(),
                r.userId(),
                r.topic().code(),
                r.promptVersion(),
                SortableTime.format(r.createdAt()),
                r.signal() == null ? null : r.signal().name(),
                r.correctionRaw(),
                r.correctionSanitised(),
                r.relatedness(),
                r.chosenMessageId(),
                r.rejectedMessageId(),
                r.provenance().value(),
                r.provenance().factors(),
                r.exclusions().stream().map(Exclusion::name).sorted().toList(),
                r.quarantined(),
                r.quarantineReason(),
                r.originalIncorrectTopic(),
                r.usable());
    }
}
