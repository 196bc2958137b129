package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Clock;
import java.util.Objects;

/**
 * Decides whether a turn's answer goes out at once, waits for a reviewer, or is handed to a live
 * agent, from the topic's thresholds and nothing but a {@link RoutingInput} (no customer text). The
 * thresholds are resolved for the turn ({@link ThresholdConfiguration#resolve}) with the injected clock and
 * the turn's session: an override in force, the canary for a session in its cohort, or the active
 * version. With confidence {@code c}, in this order:
 *
 * <ol>
 *   <li>the model was unavailable → {@link Routed.Handoff} (there is no draft to review);
 *   <li>{@code c ≥ autoRespondMin} → {@link Routed.AutoRespond};
 *   <li>{@code c ≥ reviewMin} → {@link Routed.Review} at the review priority below;
 *   <li>{@code c < handoffBelow} → {@link Routed.Handoff};
 *   <li>otherwise ({@code handoffBelow ≤ c < reviewMin}, the low band) → {@link Routed.Review} one
 *       priority step lower (P2 → P3, P3 → P4, P4 stays P4), because such a draft is rarely usable and
 *       the reviewer writes the answer; P1 is never lowered.
 * </ol>
 *
 * <p>Review priority, first match wins:
 *
 * <ol>
 *   <li>P1: the customer is a VIP, or the topic is financial ({@link TopicCategory#financial()}:
 *       refund), or an order-status question is about paying for the order;
 *   <li>P2: a high-risk topic (complaint, legal) or order status;
 *   <li>P3: a medium-risk topic (rare manga) or a customer with purchase history;
 *   <li>P4: everything else.
 * </ol>
 *
 * <p>Every decision carries the thresholds it was made with (version, variant, override); they are
 * resolved even when the model was unavailable, so the recorded version is always the one in force.
 */
public final class Router {

    private final Thresholds thresholds;
    private final Clock clock;

    public Router(Thresholds thresholds, Clock clock) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Routed route(RoutingInput input) {
        AppliedThresholds applied = thresholds.current(input.topic()).resolve(clock.instant(), input.session());
        String topic = input.topic().code();
        String source = " (" + applied.describe() + ")";
        if (input.modelUnavailable()) {
            return new Routed.Handoff("model unavailable for " + topic + source, applied);
        }
        ThresholdSet set = applied.thresholds();
        double confidence = input.confidence();
        if (confidence >= set.autoRespondMin()) {
            return new Routed.AutoRespond(applied);
        }
        if (confidence >= set.reviewMin()) {
            ReviewPriority priority = reviewPriority(input);
            return new Routed.Review(
                    priority.priority(),
                    "confidence " + confidence + " below auto-respond " + set.autoRespondMin() + " for " + topic
                            + source + "; " + priority.why(),
                    applied);
        }
        if (confidence < set.handoffBelow()) {
            return new Routed.Handoff(
                    "confidence " + confidence + " below handoff " + set.handoffBelow() + " for " + topic + source,
                    applied);
        }
        ReviewPriority priority = reviewPriority(input).lowered();
        return new Routed.Review(
                priority.priority(),
                "low confidence " + confidence + " below review " + set.reviewMin() + " for " + topic + source + "; "
                        + priority.why(),
                applied);
    }

    static ReviewPriority reviewPriority(RoutingInput input) {
        TopicCategory topic = input.topic();
        if (input.vipCustomer()) {
            return new ReviewPriority(Priority.P1, "P1: VIP customer");
        }
        if (topic.financial()) {
            return new ReviewPriority(Priority.P1, "P1: financial topic " + topic.code());
        }
        if (topic == TopicCategory.ORDER_STATUS && input.paymentQuestion()) {
            return new ReviewPriority(Priority.P1, "P1: order payment question");
        }
        if (topic.risk() == TopicCategory.Risk.HIGH) {
            return new ReviewPriority(Priority.P2, "P2: high-risk topic " + topic.code());
        }
        if (topic == TopicCategory.ORDER_STATUS) {
            return new ReviewPriority(Priority.P2, "P2: order status");
        }
        if (topic.risk() == TopicCategory.Risk.MEDIUM) {
            return new ReviewPriority(Priority.P3, "P3: medium-risk topic " + topic.code());
        }
        if (input.hasPurchaseHistory()) {
            return new ReviewPriority(Priority.P3, "P3: customer with purchase history");
        }
        return new ReviewPriority(Priority.P4, "P4: no priority rule applies");
    }

    record ReviewPriority(Priority priority, String why) {

        ReviewPriority lowered() {
            return switch (priority) {
                case P1 -> this;
                case P2 -> new ReviewPriority(Priority.P3, why + ", lowered to P3 in the low-confidence band");
                case P3 -> new ReviewPriority(Priority.P4, why + ", lowered to P4 in the low-confidence band");
                case P4 -> this;
            };
        }
    }
}
