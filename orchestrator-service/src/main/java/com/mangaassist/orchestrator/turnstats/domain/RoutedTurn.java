package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.util.Objects;

/**
 * What the statistics keep of one routed turn.
 *
 * @param topic the topic it was routed under
 * @param confidence the calibrated confidence it was routed with, in [0, 1]
 * @param decision auto-respond, review or handoff
 * @param variant the thresholds variant it was routed with
 * @param modelUnavailable no model answered: the turn counts as a handoff and its confidence means
 *     nothing, so it stays out of the confidence histogram
 */
public record RoutedTurn(
        TopicCategory topic,
        double confidence,
        RouteDecision decision,
        ThresholdVariant variant,
        boolean modelUnavailable) {

    public RoutedTurn {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(variant, "variant");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** The decision counted: a handoff whenever the model was unavailable. */
    public RouteDecision countedDecision() {
        return modelUnavailable ? RouteDecision.HANDOFF : decision;
    }
}
