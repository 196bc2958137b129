package com.mangaassist.orchestrator.model.adapter.out.local;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import java.util.List;

/**
 * The local model's self-assessed certainty. For one best match: {@code 0.05 + 0.9 × support}, where
 * {@code support = 0.75 × top + 0.25 × min(1, (top − second) / 0.3)} from the fused retrieval scores
 * (a clear winner is better support than a near tie). For several products: {@code 0.05 + 0.9 × mean}.
 * Then scaled by the topic's risk: low × 1, medium × 0.8, high × 0.4. Rounded to three decimals.
 */
final class RetrievalSupport {

    private static final double DECISIVE_LEAD = 0.3;

    private RetrievalSupport() {}

    /** Certainty of an answer about the first product of a non-empty {@code context}. */
    static double of(List<RetrievedProduct> context) {
        double top = clamp(context.get(0).score());
        double second = context.size() > 1 ? clamp(context.get(1).score()) : 0.0;
        double lead = Math.min(1.0, Math.max(0.0, top - second) / DECISIVE_LEAD);
        return 0.05 + 0.9 * (0.75 * top + 0.25 * lead);
    }

    /** Certainty of an answer that uses all of the non-empty {@code used}. */
    static double meanScore(List<RetrievedProduct> used) {
        double mean = used.stream()
                .mapToDouble(retrieved -> clamp(retrieved.score()))
                .average()
                .orElse(0.0);
        return 0.05 + 0.9 * mean;
    }

    static double forRisk(double certainty, TopicCategory topic) {
        double factor = switch (topic.risk()) {
            case LOW -> 1.0;
            case MEDIUM -> 0.8;
            case HIGH -> 0.4;
        };
        return Math.round(clamp(certainty * factor) * 1000.0) / 1000.0;
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
    }
}
