package com.mangaassist.orchestrator.confidence.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.domain.ReviewOutcome;
import java.time.Instant;
import java.util.List;

/** Past review outcomes per topic, as the review workflow records them. */
public interface ReviewOutcomes {

    /** Outcomes of {@code topic} decided at or after {@code since}, at most {@code limit}, newest first. */
    List<ReviewOutcome> recent(TopicCategory topic, Instant since, int limit);

    /** Outcomes of {@code topic} decided in [{@code from}, {@code to}), at most {@code limit}, oldest first. */
    List<ReviewOutcome> decidedBetween(TopicCategory topic, Instant from, Instant to, int limit);

    /** Records an outcome (the review workflow's side; also used to seed local runs and tests). */
    void record(TopicCategory topic, String messageId, double rawScore, boolean approvedUnchanged, Instant decidedAt);
}
