package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.Objects;

/**
 * Everything routing may look at for one turn. There is deliberately no customer text here: what the
 * customer wrote reaches routing only through the classified topic and the model's confidence, so a
 * message cannot argue its way to a decision.
 *
 * @param session the turn's session: it only decides whether the turn is in a canary's cohort
 * @param topic the classified topic
 * @param confidence the answer's confidence, in [0, 1]
 * @param vipCustomer the customer is a VIP
 * @param hasPurchaseHistory the customer has bought from the store before
 * @param language the language of the turn; it does not change the decision
 * @param modelUnavailable no model could answer, so there is no draft at all
 * @param paymentQuestion the turn is about paying for an order (a financial question: it can only
 *     raise the review priority, never lower anything)
 */
public record RoutingInput(
        SessionId session,
        TopicCategory topic,
        double confidence,
        boolean vipCustomer,
        boolean hasPurchaseHistory,
        Language language,
        boolean modelUnavailable,
        boolean paymentQuestion) {

    public RoutingInput {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A turn that is not about paying for an order. */
    public RoutingInput(
            SessionId session,
            TopicCategory topic,
            double confidence,
            boolean vipCustomer,
            boolean hasPurchaseHistory,
            Language language,
            boolean modelUnavailable) {
        this(session, topic, confidence, vipCustomer, hasPurchaseHistory, language, modelUnavailable, false);
    }
}
