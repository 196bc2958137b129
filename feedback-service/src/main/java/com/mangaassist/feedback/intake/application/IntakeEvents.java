package com.mangaassist.feedback.intake.application;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;

/** What intake counts (port; Micrometer meters {@code mangaassist.feedback.*}). */
public interface IntakeEvents {

    void accepted(FeedbackRecord record);

    void refused(FeedbackKind kind, String code);

    void rateLimited(FeedbackKind kind, String scope);

    /** An enrichment that disagreed with the rated message ({@code topic} or {@code session}): refused. */
    void mismatch(String field);
}
