package com.mangaassist.threshold.testing;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.CanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.FeedbackTally;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Measures set by the test: one tally per category and variant, one per prompt label. */
public final class FakeMeasures implements CanaryMeasures {

    private final Map<String, RoutingTally> routed = new HashMap<>();
    private final Map<String, FeedbackTally> feedback = new HashMap<>();

    public void routed(TopicCategory category, String variant, RoutingTally tally) {
        routed.put(category.code() + "/" + variant, tally);
    }

    public void feedback(String label, FeedbackTally tally) {
        feedback.put(label, tally);
    }

    @Override
    public RoutingTally routed(TopicCategory category, String variant, Instant from, Instant to) {
        return routed.getOrDefault(category.code() + "/" + variant, RoutingTally.NONE);
    }

    @Override
    public FeedbackTally feedback(String promptLabel, Instant from, Instant to) {
        return feedback.getOrDefault(promptLabel, FeedbackTally.NONE);
    }
}
