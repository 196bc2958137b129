package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about how a turn was answered: topic (and the model's own view of it), confidence
 * raw and calibrated with its features, the decision and priority, the draft answer and its citations,
 * model, tokens, cost, latency excluding and including the model, and the prompt and thresholds used:
 * their versions and variants, and the override when one applied.
 */
public record TurnRecord(
        TopicCategory topic,
        double topicProbability,
        Optional<TopicCategory> modelTopic,
        double rawConfidence,
        double confidence,
        Map<String, Double> features,
        RouteDecision decision,
        Optional<Priority> priority,
        String reason,
        String draftAnswer,
        List<String> citedProductIds,
        String outcomeKind,
        ModelUsage usage,
        long pipelineMillis,
        String promptVersion,
        PromptVariant promptVariant,
        long thresholdVersion,
        ThresholdVariant thresholdVariant,
        Optional<String> thresholdOverride) {

    public TurnRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(modelTopic, "modelTopic");
        features = Map.copyOf(features);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(draftAnswer, "draftAnswer");
        citedProductIds = List.copyOf(citedProductIds);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(promptVariant, "promptVariant");
        Objects.requireNonNull(thresholdVariant, "thresholdVariant");
        Objects.requireNonNull(thresholdOverride, "thresholdOverride");
    }
}
