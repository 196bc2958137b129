package com.mangaassist.threshold.drift.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Objects;

/**
 * One category whose {@code thresholds} item does not hold what its version says.
 *
 * @param version the version number the item carries
 * @param expected the thresholds recorded for that version (what this service wrote)
 * @param found the thresholds in the item (what the orchestrators route with)
 * @param updatedBy who the item says wrote it
 * @param since when this episode of drift was first seen
 */
public record ThresholdDrift(
        TopicCategory category,
        long version,
        ThresholdSet expected,
        ThresholdSet found,
        String updatedBy,
        Instant since) {

    public ThresholdDrift {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(since, "since");
        updatedBy = updatedBy == null ? "" : updatedBy;
    }
}
