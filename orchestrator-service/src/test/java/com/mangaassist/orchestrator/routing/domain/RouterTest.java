package com.mangaassist.orchestrator.routing.domain;

import static com.mangaassist.orchestrator.routing.domain.RoutingInputs.turn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");
    private static final ThresholdSet SET = new ThresholdSet(0.80, 0.55, 0.30);
    private static final long VERSION = 7;

    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final Router router = new Router(
            topic -> ThresholdConfiguration.of(new TopicThresholds(topic, SET, VERSION, T0, "ml-lead")), CLOCK);

    // decisions

    @Test
    void modelUnavailableIsHandedOffEvenAtFullConfidence() {
        Routed routed =
                router.route(turn(TopicCategory.GENERAL, 1.0).modelUnavailable().build());

        assertThat(routed).isInstanceOf(Routed.Handoff.class);
        assertThat(((Routed.Handoff) routed).reason()).contains("model unavailable");
        assertThat(routed.thresholdVersion()).isEqualTo(VERSION);
    }

    @Test
    void confidenceExactlyAtAutoRespondMinIsAutoResponded() {
        assertThat(route(TopicCategory.GENERAL, 0.80))
                .isEqualTo(new Routed.AutoRespond(applied(TopicCategory.GENERAL)));
    }

    @Test
    void fullConfidenceIsAutoResponded() {
        assertThat(route(TopicCategory.GENERAL, 1.0)).isEqualTo(new Routed.AutoRespond(applied(TopicCategory.GENERAL)));
    }

    @Test
    void confidenceJustBelowAutoRespondMinIsReviewed() {
        Routed routed = route(TopicCategory.GENERAL, 0.7999);

        assertThat(routed).isInstanceOf(Routed.Review.class);
        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P4);
    }

    @Test
    void confidenceExactlyAtReviewMinIsReviewedAtItsNormalPriority() {
        Routed routed = route(TopicCategory.ORDER_STATUS, 0.55);

        assertThat(routed).isInstanceOf(Routed.Review.class);
        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P2);
        assertThat(((Routed.Review) routed).reason())
                .contains("below auto-respond 0.8")
                .contains("order_status")
                .contains("P2: order status")
                .doesNotContain("lowered");
    }

    @Test
    void confidenceJustBelowHandoffIsHandedOff() {
        Routed routed = route(TopicCategory.GENERAL, 0.2999);

        assertThat(routed).isInstanceOf(Routed.Handoff.class);
        assertThat(((Routed.Handoff) routed).reason()).contains("below handoff 0.3");
    }

    @Test
    void zeroConfidenceIsHandedOff() {
        assertThat(route(TopicCategory.REFUND, 0.0)).isInstanceOf(Routed.Handoff.class);
    }

    @Test
    void confidenceExactlyAtHandoffBelowIsReviewedOneStepLower() {
        Routed routed = route(TopicCategory.ORDER_STATUS, 0.30);

        assertThat(routed).isInstanceOf(Routed.Review.class);
        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P3);
        assertThat(((Routed.Review) routed).reason()).contains("low confidence").contains("lowered to P3");
    }

    @Test
    void confidenceJustBelowReviewMinIsReviewedOneStepLower() {
        Routed routed = route(TopicCategory.COMPLAINT, 0.5499);

        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P3);
    }

    @Test
    void lowBandLowersP3ToP4() {
        Routed routed = router.route(
                turn(TopicCategory.GENERAL, 0.4).withPurchaseHistory().build());

        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P4);
    }

    @Test
    void lowBandLeavesP4AtP4() {
        assertThat(((Routed.Review) route(TopicCategory.GENERAL, 0.4)).priority())
                .isEqualTo(Priority.P4);
    }

    @Test
    void lowBandNeverLowersAVipCustomer() {
        Routed routed = router.route(turn(TopicCategory.GENERAL, 0.4).vip().build());

        assertThat(((Routed.Review) routed).priority()).isEqualTo(Priority.P1);
    }

    @Test
    void lowBandNeverLowersAFinancialTopic() {
        assertThat(((Routed.Review) route(TopicCategory.REFUND, 0.4)).priority())
                .isEqualTo(Priority.P1);
    }

    @Test
    void withReviewAndHandoffEqualThereIsNoLowBand() {
        Router noLowBand = new Router(
                topic -> ThresholdConfiguration.of(
                        new TopicThresholds(topic, new ThresholdSet(0.8, 0.5, 0.5), 2, T0, "x")),
                CLOCK);

        assertThat(noLowBand.route(turn(TopicCategory.GENERAL, 0.5).build())).isInstanceOf(Routed.Review.class);
        assertThat(noLowBand.route(turn(TopicCategory.GENERAL, 0.4999).build())).isInstanceOf(Routed.Handoff.class);
    }

    @Test
    void everyDecisionCarriesTheThresholdVersionInForce() {
        assertThat(route(TopicCategory.GENERAL, 0.9).thresholdVersion()).isEqualTo(VERSION);
        assertThat(route(TopicCategory.GENERAL, 0.6).thresholdVersion()).isEqualTo(VERSION);
        assertThat(route(TopicCategory.GENERAL, 0.4).thresholdVersion()).isEqualTo(VERSION);
        assertThat(route(TopicCategory.GENERAL, 0.1).thresholdVersion()).isEqualTo(VERSION);
    }

    @Test
    void eachOutcomeNamesItsRecordedDecision() {
        assertThat(route(TopicCategory.GENERAL, 0.9).decision()).isEqualTo(RouteDecision.AUTO_RESPOND);
        assertThat(route(TopicCategory.GENERAL, 0.6).decision()).isEqualTo(RouteDecision.REVIEW);
        assertThat(route(TopicCategory.GENERAL, 0.1).decision()).isEqualTo(RouteDecision.HANDOFF);
    }

    @Test
    void eachTopicIsRoutedWithItsOwnThresholds() {
        Router withDefaults = new Router(ThresholdConfiguration::defaults, CLOCK);

        assertThat(withDefaults.route(turn(TopicCategory.GENERAL, 0.9).build()))
                .isEqualTo(new Routed.AutoRespond(
                        AppliedThresholds.active(TopicThresholds.defaults(TopicCategory.GENERAL))));
        assertThat(withDefaults.route(turn(TopicCategory.REFUND, 0.96).build())).isInstanceOf(Routed.Review.class);
        assertThat(withDefaults.route(turn(TopicCategory.REFUND, 0.97).build()))
                .isEqualTo(new Routed.AutoRespond(
                        AppliedThresholds.active(TopicThresholds.defaults(TopicCategory.REFUND))));
        assertThat(withDefaults.route(turn(TopicCategory.LEGAL, 0.25).build())).isInstanceOf(Routed.Review.class);
    }

    @Test
    void theLanguageOfTheTurnDoesNotChangeTheDecision() {
        for (double confidence : new double[] {0.1, 0.3, 0.6, 0.9}) {
            assertThat(router.route(turn(TopicCategory.COMPLAINT, confidence)
                            .in(Language.JA)
                            .build()))
                    .isEqualTo(router.route(turn(TopicCategory.COMPLAINT, confidence)
                            .in(Language.EN)
                            .build()));
        }
    }

    @Test
    void everyDecisionCarriesTheVariantItWasMadeWith() {
        assertThat(route(TopicCategory.GENERAL, 0.9).variant()).isEqualTo(ThresholdVariant.ACTIVE);
        assertThat(route(TopicCategory.GENERAL, 0.9).overrideId()).isEmpty();
    }

    @Test
    void aSessionInACanaryIsRoutedWithTheCanaryAndTheReasonSaysSo() {
        Router canary = new Router(
                topic -> new ThresholdConfiguration(
                        new TopicThresholds(topic, SET, VERSION, T0, "ml-lead"),
                        Optional.of(new CanaryThresholds(
                                8, new ThresholdSet(0.95, 0.7, 0.3), 100, T0.plusSeconds(60), "cr-9")),
                        List.of()),
                CLOCK);

        Routed routed = canary.route(turn(TopicCategory.GENERAL, 0.9).build());

        assertThat(routed).isInstanceOf(Routed.Review.class);
        assertThat(routed.variant()).isEqualTo(ThresholdVariant.CANARY);
        assertThat(routed.thresholdVersion()).isEqualTo(8);
        assertThat(((Routed.Review) routed).reason())
                .contains("below auto-respond 0.95")
                .contains("canary thresholds v8");
    }

    @Test
    void anOverrideRoutesWithItsBoundsAndIsNamedInTheReason() {
        Router overridden = new Router(
                topic -> new ThresholdConfiguration(
                        new TopicThresholds(topic, SET, VERSION, T0, "ml-lead"),
                        Optional.empty(),
                        List.of(new ThresholdOverride(
                                "em-3",
                                OverrideKind.EMERGENCY,
                                new ThresholdSet(0.6, 0.4, 0.1),
                                T0.plusSeconds(60),
                                "incident 77"))),
                CLOCK);

        Routed auto = overridden.route(turn(TopicCategory.GENERAL, 0.65).build());
        Routed handoff = overridden.route(turn(TopicCategory.GENERAL, 0.05).build());

        assertThat(auto).isInstanceOf(Routed.AutoRespond.class);
        assertThat(auto.variant()).isEqualTo(ThresholdVariant.OVERRIDE);
        assertThat(auto.overrideId()).contains("em-3");
        assertThat(auto.thresholdVersion()).isEqualTo(VERSION);
        assertThat(((Routed.Handoff) handoff).reason()).contains("override em-3 (EMERGENCY) over thresholds v7");
    }

    @Test
    void aModelUnavailableHandoffStillNamesTheThresholdsInForce() {
        Routed routed =
                router.route(turn(TopicCategory.GENERAL, 0.5).modelUnavailable().build());

        assertThat(((Routed.Handoff) routed).reason()).contains("thresholds v7");
    }

    // review priority

    @ParameterizedTest
    @EnumSource(TopicCategory.class)
    void aVipCustomerIsReviewedAtP1WhateverTheTopic(TopicCategory topic) {
        assertThat(priority(turn(topic, 0.6).vip())).isEqualTo(Priority.P1);
    }

    @Test
    void aRefundIsReviewedAtP1() {
        assertThat(priority(turn(TopicCategory.REFUND, 0.6))).isEqualTo(Priority.P1);
    }

    @Test
    void complaintAndLegalAreReviewedAtP2() {
        assertThat(priority(turn(TopicCategory.COMPLAINT, 0.6))).isEqualTo(Priority.P2);
        assertThat(priority(turn(TopicCategory.LEGAL, 0.6))).isEqualTo(Priority.P2);
    }

    @Test
    void orderStatusIsReviewedAtP2() {
        assertThat(priority(turn(TopicCategory.ORDER_STATUS, 0.6))).isEqualTo(Priority.P2);
    }

    @Test
    void purchaseHistoryDoesNotLowerAHigherPriorityTopic() {
        assertThat(priority(turn(TopicCategory.ORDER_STATUS, 0.6).withPurchaseHistory()))
                .isEqualTo(Priority.P2);
    }

    @Test
    void rareMangaIsReviewedAtP3() {
        assertThat(priority(turn(TopicCategory.RARE_MANGA, 0.6))).isEqualTo(Priority.P3);
    }

    @ParameterizedTest
    @EnumSource(
            value = TopicCategory.class,
            names = {"GENERAL", "PRODUCT_INFO", "AVAILABILITY", "RECOMMENDATION"})
    void aCustomerWithPurchaseHistoryIsReviewedAtP3OnALowRiskTopic(TopicCategory topic) {
        assertThat(priority(turn(topic, 0.6).withPurchaseHistory())).isEqualTo(Priority.P3);
    }

    @ParameterizedTest
    @EnumSource(
            value = TopicCategory.class,
            names = {"GENERAL", "PRODUCT_INFO", "AVAILABILITY", "RECOMMENDATION"})
    void anyoneElseOnALowRiskTopicIsReviewedAtP4(TopicCategory topic) {
        assertThat(priority(turn(topic, 0.6))).isEqualTo(Priority.P4);
    }

    @Test
    void theReviewReasonSaysWhyAtThatPriority() {
        Routed routed = router.route(turn(TopicCategory.GENERAL, 0.6).vip().build());

        assertThat(((Routed.Review) routed).reason())
                .contains("P1: VIP customer")
                .contains("thresholds v7");
    }

    // input validation

    @ParameterizedTest
    @ValueSource(doubles = {-0.0001, 1.0001, Double.NaN})
    void confidenceOutsideTheUnitIntervalIsRefused(double confidence) {
        assertThatThrownBy(() -> turn(TopicCategory.GENERAL, confidence).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence must be in [0, 1]: " + confidence);
    }

    @Test
    void anInputWithoutTopicOrLanguageIsRefused() {
        SessionId session = new SessionId("s-1");
        assertThatThrownBy(() -> new RoutingInput(session, null, 0.5, false, false, Language.EN, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("topic");
        assertThatThrownBy(() -> new RoutingInput(session, TopicCategory.GENERAL, 0.5, false, false, null, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("language");
        assertThatThrownBy(() -> new RoutingInput(null, TopicCategory.GENERAL, 0.5, false, false, Language.EN, false))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("session");
    }

    private static AppliedThresholds applied(TopicCategory topic) {
        return AppliedThresholds.active(new TopicThresholds(topic, SET, VERSION, T0, "ml-lead"));
    }

    private Routed route(TopicCategory topic, double confidence) {
        return router.route(turn(topic, confidence).build());
    }

    private Priority priority(RoutingInputs inputs) {
        Routed routed = router.route(inputs.build());
        assertThat(routed).isInstanceOf(Routed.Review.class);
        return ((Routed.Review) routed).priority();
    }
}
