package com.mangaassist.feedback.monitoring.domain;

/**
 * Scenario 5's alert conditions: topic distributions further apart than {@code maxTopicDistance} (total
 * variation), a join rate below {@code minJoinRate}, a topic's satisfaction moving more than {@code
 * maxSatisfactionChange} with at least {@code minTopicSignals} signals in both weeks, any mismatch in a
 * sample of up to {@code sampleSize} records. A check with fewer than {@code minSample} records has
 * insufficient data.
 */
public record QualityPolicy(
        double maxTopicDistance,
        double minJoinRate,
        double maxSatisfactionChange,
        int minTopicSignals,
        int sampleSize,
        int minSample) {

    public QualityPolicy {
        if (maxTopicDistance < 0 || maxTopicDistance > 1 || minJoinRate < 0 || minJoinRate > 1) {
            throw new IllegalArgumentException("maxTopicDistance and minJoinRate must be in [0, 1]");
        }
        if (maxSatisfactionChange < 0 || maxSatisfactionChange > 1) {
            throw new IllegalArgumentException("maxSatisfactionChange must be in [0, 1]");
        }
        if (minTopicSignals < 1 || sampleSize < 1 || minSample < 1) {
            throw new IllegalArgumentException("minTopicSignals, sampleSize and minSample must be positive");
        }
    }

    public static QualityPolicy defaults() {
        return new QualityPolicy(0.10, 0.95, 0.15, 30, 1000, 20);
    }
}
