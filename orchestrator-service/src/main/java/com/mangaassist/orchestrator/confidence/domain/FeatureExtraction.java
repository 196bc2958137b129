package com.mangaassist.orchestrator.confidence.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns what the pipeline observed into {@link ConfidenceFeatures}. Topics answered from the catalog
 * need retrieval support and citations: an uncited answer there is unsupported (grounding 0.3). Topics
 * that are not about products (general, order status, refund, complaint, legal) do not need the catalog:
 * retrieval support is not held against them and an uncited answer has nothing to contradict.
 */
public final class FeatureExtraction {

    private static final Set<TopicCategory> CATALOG_TOPICS = EnumSet.of(
            TopicCategory.PRODUCT_INFO,
            TopicCategory.AVAILABILITY,
            TopicCategory.RARE_MANGA,
            TopicCategory.RECOMMENDATION);
    private static final double UNSUPPORTED = 0.3;

    private FeatureExtraction() {}

    public static boolean needsCatalog(TopicCategory topic) {
        return CATALOG_TOPICS.contains(topic);
    }

    /**
     * @param topRetrievalScore best fused retrieval score, 0 when nothing was found
     * @param grounding the grounding check of the answer
     * @param cited how many products the answer cites
     */
    public static ConfidenceFeatures extract(
            TopicCategory topic,
            double topRetrievalScore,
            GroundingCheck.Result grounding,
            int cited,
            double selfAssessment,
            double classifierMargin,
            boolean validOutput) {
        boolean catalog = needsCatalog(topic);
        double retrieval = catalog ? clamp(topRetrievalScore) : 1.0;
        double groundingScore = catalog && cited == 0 ? UNSUPPORTED : grounding.score();
        return new ConfidenceFeatures(
                retrieval, groundingScore, clamp(selfAssessment), clamp(classifierMargin), topic.risk(), validOutput);
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
    }
}
