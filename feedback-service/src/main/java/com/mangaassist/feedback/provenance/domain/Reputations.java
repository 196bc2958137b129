package com.mangaassist.feedback.provenance.domain;

/** Per-account reputation (port; the {@code feedback-reputation} table). */
public interface Reputations {

    ReputationStanding find(String userId);

    /**
     * Counts one judged signal for {@code userId}: an agreement or a disagreement, with a line of evidence.
     * Counting the same {@code feedbackId} twice has no effect.
     */
    void count(String userId, String feedbackId, boolean agreed, String evidence);
}
