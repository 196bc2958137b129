package com.mangaassist.feedback.improvement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed system prompt, never deployed by this service: the new text, its line diff against the base
 * version, the evidence per topic and the lineage (every feedback id the evidence was computed from).
 */
public record PromptProposal(
        String changeRequestId,
        String promptId,
        long baseVersion,
        String text,
        String diff,
        List<TopicEvidence> evidence,
        List<String> feedbackIds,
        String state,
        Instant createdAt) {

    public static final String PROPOSED = "PROPOSED";

    public PromptProposal {
        Objects.requireNonNull(changeRequestId, "changeRequestId");
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        evidence = List.copyOf(evidence);
        feedbackIds = List.copyOf(feedbackIds);
    }
}
