package com.mangaassist.feedback.intake.adapter.in.web;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;

/** What the customer gets back: the id, the provenance score and whether the signal counts. */
public record FeedbackReceipt(
        String feedbackId, String type, String messageId, double provenanceScore, boolean included) {

    static FeedbackReceipt of(FeedbackRecord record) {
        return new FeedbackReceipt(
                record.feedbackId(),
                record.kind().name(),
                record.messageId(),
                record.provenance().value(),
                record.usable());
    }
}
