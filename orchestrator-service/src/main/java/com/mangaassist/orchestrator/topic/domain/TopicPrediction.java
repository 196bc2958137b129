package com.mangaassist.orchestrator.topic.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The topic of a text with the classifier's belief: the probability of every topic (summing to 1), the
 * most probable topic, its probability, and the margin between the two most probable topics. A small
 * margin means the classifier could not tell two topics apart; confidence scoring uses it as a feature.
 */
public record TopicPrediction(
        TopicCategory topic, double probability, double margin, Map<TopicCategory, Double> distribution) {

    private static final double TOLERANCE = 1e-6;

    public TopicPrediction {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(distribution, "distribution");
        if (distribution.size() != TopicCategory.values().length) {
            throw new IllegalArgumentException("distribution must give a probability for every topic: " + distribution);
        }
        double sum = 0;
        for (double p : distribution.values()) {
            requireProbability(p, "distribution");
            sum += p;
        }
        if (Math.abs(sum - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException("distribution must sum to 1, was " + sum);
        }
        requireProbability(probability, "probability");
        requireProbability(margin, "margin");
        if (Math.abs(distribution.get(topic) - probability) > TOLERANCE) {
            throw new IllegalArgumentException("probability must be the distribution's value for " + topic);
        }
        distribution = Collections.unmodifiableMap(new EnumMap<>(distribution));
    }

    /**
     * The prediction for a distribution: the most probable topic (the first in declaration order on a tie)
     * and its margin over the runner-up.
     */
    public static TopicPrediction of(Map<TopicCategory, Double> distribution) {
        TopicCategory best = null;
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (TopicCategory topic : TopicCategory.values()) {
            Double p = distribution.get(topic);
            if (p == null) {
                throw new IllegalArgumentException("distribution has no probability for " + topic);
            }
            if (p > first) {
                second = first;
                first = p;
                best = topic;
            } else if (p > second) {
                second = p;
            }
        }
        return new TopicPrediction(best, first, Math.max(0.0, first - second), distribution);
    }

    private static void requireProbability(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0 + TOLERANCE)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
