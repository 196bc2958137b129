package com.mangaassist.reviewqueue.runbook.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Limits of the bulk-approve runbook: a request may ask for a higher confidence than {@code
 * minimumConfidence} and fewer topics than {@code safeTopics}, never less or more. Topics protected from
 * overrides (refund, complaint, legal) are never safe.
 */
public record BulkApprovePolicy(double minimumConfidence, Set<TopicCategory> safeTopics, int maxTasks) {

    public BulkApprovePolicy {
        if (minimumConfidence < 0 || minimumConfidence > 1) {
            throw new IllegalArgumentException("minimumConfidence must be in [0, 1]");
        }
        for (TopicCategory topic : safeTopics) {
            if (topic.protectedFromOverrides()) {
                throw new IllegalArgumentException(topic.code() + " is protected and can never be bulk-approved");
            }
        }
        safeTopics = safeTopics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(safeTopics));
        if (maxTasks < 1) {
            throw new IllegalArgumentException("maxTasks must be positive");
        }
    }
}
