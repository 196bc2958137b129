package com.mangaassist.orchestrator.confidence.domain;

import com.mangaassist.model.routing.TopicCategory;

/**
 * What confidence is computed from, each in [0, 1] except the flags: retrieval support (the best fused
 * retrieval score), grounding (share of the answer's checkable claims that match the catalog; 1 when
 * there are none and every citation is known), the model's self-assessment, the topic classifier's
 * margin, the topic's inherent risk, and whether the model output was schema-valid.
 */
public record ConfidenceFeatures(
        double retrievalSupport,
        double grounding,
        double selfAssessment,
        double classifierMargin,
        TopicCategory.Risk topicRisk,
        boolean validOutput) {

    public ConfidenceFeatures {
        unit("retrievalSupport", retrievalSupport);
        unit("grounding", grounding);
        unit("selfAssessment", selfAssessment);
        unit("classifierMargin", classifierMargin);
        if (topicRisk == null) {
            throw new IllegalArgumentException("topicRisk is required");
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
