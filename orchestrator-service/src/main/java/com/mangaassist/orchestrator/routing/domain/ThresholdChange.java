package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;

/**
 * A request to replace the thresholds of {@code topic}, made by someone who last saw version
 * {@code basedOnVersion} (0 when nothing is stored yet). It becomes version {@code basedOnVersion + 1}.
 */
public record ThresholdChange(TopicCategory topic, ThresholdSet thresholds, long basedOnVersion, String changedBy) {

    public ThresholdChange {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(thresholds, "thresholds");
        if (basedOnVersion < 0) {
            throw new IllegalArgumentException("basedOnVersion must not be negative: " + basedOnVersion);
        }
        if (changedBy == null || changedBy.isBlank()) {
            throw new IllegalArgumentException("changedBy must not be blank");
        }
    }

    /** The version this change is stored as. */
    public long nextVersion() {
        return basedOnVersion + 1;
    }
}
