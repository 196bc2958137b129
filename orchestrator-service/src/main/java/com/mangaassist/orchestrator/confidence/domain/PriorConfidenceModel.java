package com.mangaassist.orchestrator.confidence.domain;

/**
 * The documented prior used until a topic has enough review outcomes: a logistic model over the
 * features with hand-set weights, set against the labelled routing evaluation set (system-tests). The
 * model's self-assessment carries real weight because on topics that need no catalog (orders, refunds)
 * it is the only signal that the draft is a holding answer rather than an answer. Invalid model output is capped at 0.2 and failed grounding
 * (grounding 0) at 0.5, because a reviewer would never approve a wrong price or stock claim unchanged.
 *
 * <pre>
 * z = -5.5 + 2.0·retrieval + 4.0·grounding + 3.0·self + 1.0·margin − risk
 * risk: LOW 0, MEDIUM 1.0, HIGH 2.5;  p = 1 / (1 + e^−z)
 * </pre>
 */
public final class PriorConfidenceModel {

    public double score(ConfidenceFeatures f) {
        double risk = switch (f.topicRisk()) {
            case LOW -> 0.0;
            case MEDIUM -> 1.0;
            case HIGH -> 2.5;
        };
        double z = -5.5
                + 2.0 * f.retrievalSupport()
                + 4.0 * f.grounding()
                + 3.0 * f.selfAssessment()
                + 1.0 * f.classifierMargin()
                - risk;
        double p = 1.0 / (1.0 + Math.exp(-z));
        if (!f.validOutput()) {
            return Math.min(p, 0.2);
        }
        return f.grounding() == 0.0 ? Math.min(p, 0.5) : p;
    }
}
