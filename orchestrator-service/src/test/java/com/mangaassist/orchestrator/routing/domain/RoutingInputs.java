package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;

/** Builds {@link RoutingInput}s: by default an English turn of a plain customer with the model up. */
final class RoutingInputs {

    private SessionId session = new SessionId("s-1");
    private TopicCategory topic = TopicCategory.GENERAL;
    private double confidence = 0.5;
    private boolean vip;
    private boolean purchaseHistory;
    private Language language = Language.EN;
    private boolean modelUnavailable;

    static RoutingInputs turn(TopicCategory topic, double confidence) {
        RoutingInputs inputs = new RoutingInputs();
        inputs.topic = topic;
        inputs.confidence = confidence;
        return inputs;
    }

    RoutingInputs inSession(String sessionId) {
        session = new SessionId(sessionId);
        return this;
    }

    RoutingInputs vip() {
        vip = true;
        return this;
    }

    RoutingInputs withPurchaseHistory() {
        purchaseHistory = true;
        return this;
    }

    RoutingInputs in(Language language) {
        this.language = language;
        return this;
    }

    RoutingInputs modelUnavailable() {
        modelUnavailable = true;
        return this;
    }

    RoutingInput build() {
        return new RoutingInput(session, topic, confidence, vip, purchaseHistory, language, modelUnavailable);
    }
}
