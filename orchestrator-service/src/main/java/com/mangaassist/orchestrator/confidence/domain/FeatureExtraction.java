package com.mangaassist.orchestrator.confidence.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns what the pipeline observed into {@link ConfidenceFeatures}. An answer that fails the grounding
 * check (a figure that matches no cited product, or a citation of an unknown product) has grounding 0.
 * Topics answered from the catalog
 * need retrieval support and citations: an uncited answer there is unsupported (grounding 0.3). Topics
 * that are not about products (general, order status, refund, complaint, legal) do not need the catalog:
 * retrieval support is not held against them and an uncited answer has nothing to contradict. A question
 * about a specific title (availability, product info) whose title is not among the retrieved products
 * has neither retrieval support nor grounding: the catalog does not have what was asked.
 */
public final class FeatureExtraction {

    private static final Set<TopicCategory> CATALOG_TOPICS = EnumSet.of(
            TopicCategory.PRODUCT_INFO,
            TopicCategory.AVAILABILITY,
            TopicCategory.RARE_MANGA,
            TopicCategory.RECOMMENDATION);
    private static final Set<TopicCategory> TITLE_TOPICS =
            EnumSet.of(TopicCategory.PRODUCT_INFO, TopicCategory.AVAILABILITY);
    private static final double UNSUPPORTED = 0.3;

    private FeatureExtraction() {}

    public static boolean needsCatalog(TopicCategory topic) {
        return CATALOG_TOPICS.contains(topic);
    }

    /**
     * @param topRetrievalScore best fused retrieval score, 0 when nothing was found
     * @param grounding the grounding check of the answer
     * @param cited how many products the answer cites
     * @param askedTitleFound whether a retrieved product is one the question names
     */
    public static ConfidenceFeatures extract(
            TopicCategory topic,
            double topRetrievalScore,
            GroundingCheck.Result grounding,
            int cited,
            double selfAssessment,
            double classifierMargin,
            boolean validOutput,
            boolean askedTitleFound) {
        boolean catalog = needsCatalog(topic);
        double retrieval = catalog ? clamp(topRetrievalScore) : 1.0;
        double groundingScore;
        if (TITLE_TOPICS.contains(topic) && !askedTitleFound) {
            // a question about a title the catalog does not have: whatever the draft says is about another one
            retrieval = 0.0;
            groundingScore = 0.0;
        } else if (!grounding.passed()) {
            groundingScore = 0.0; // a wrong figure or an invented citation: no reviewer sends that unchanged
        } else {
            groundingScore = catalog && cited == 0 ? UNSUPPORTED : 1.0;
        }
        return new ConfidenceFeatures(
                retrieval, groundingScore, clamp(selfAssessment), clamp(classifierMargin), topic.risk(), validOutput);
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
    }
}
