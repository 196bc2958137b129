package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * One immutable version of a category's thresholds: what, who, when, why and from which change request
 * ({@code changeRequestId} empty for seeds and runbooks).
 */
public record ThresholdVersion(
        TopicCategory category,
        long version,
        ThresholdSet thresholds,
        Instant createdAt,
        String createdBy,
        String changeRequestId,
        String reason) {

    public ThresholdVersion {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        changeRequestId = changeRequestId == null ? "" : changeRequestId;
        reason = reason == null ? "" : reason;
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }
}
