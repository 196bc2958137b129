package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;

/** What the orchestrators and customers measured, by variant and prompt version (port). */
public interface CanaryMeasures {

    /** Turns of {@code category} routed with {@code variant} (ACTIVE, CANARY, OVERRIDE) in {@code [from, to)}. */
    RoutingTally routed(TopicCategory category, String variant, Instant from, Instant to);

    /** Included feedback on turns answered with prompt {@code promptLabel} ({@code answering-system@v3}). */
    FeedbackTally feedback(String promptLabel, Instant from, Instant to);
}
