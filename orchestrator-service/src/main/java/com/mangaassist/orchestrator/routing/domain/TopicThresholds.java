package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * The active thresholds of one topic, with their version and who set them when. Version 0 is the
 * built-in default seed ({@link DefaultThresholds}), used when nothing is stored; stored versions start at
 * 1 and only grow.
 */
public record TopicThresholds(
        TopicCategory topic, ThresholdSet thresholds, long version, Instant updatedAt, String updatedBy) {

    public TopicThresholds {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        if (updatedBy == null || updatedBy.isBlank()) {
            throw new IllegalArgumentException("updatedBy must not be blank");
        }
    }

    /** True for the built-in default seed, which no stored row has replaced. */
    public boolean isDefault() {
        return version == DefaultThresholds.VERSION;
    }

    /** The default thresholds of {@code topic} as version 0, dated at the epoch. */
    public static TopicThresholds defaults(TopicCategory topic) {
        return new TopicThresholds(
                topic, DefaultThresholds.of(topic), DefaultThresholds.VERSION, Instant.EPOCH, DefaultThresholds.AUTHOR);
    }
}
