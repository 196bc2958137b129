package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code review-outcomes}: what calibration learns from. {@code detail} says why a
 * {@code TIMED_OUT} outcome has no judgement ({@code WORKFLOW_TIMEOUT}, {@code AUTO_DELIVERED},
 * {@code BULK_APPROVED}) and repeats the outcome otherwise.
 */
public record ReviewOutcome(
        TopicCategory topic, String messageId, double rawScore, OutcomeKind outcome, String detail, Instant decidedAt) {

    public ReviewOutcome {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        detail = detail == null ? outcome.name() : detail;
    }

    public boolean approvedUnchanged() {
        return outcome == OutcomeKind.APPROVED_UNCHANGED;
    }
}
