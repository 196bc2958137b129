package com.mangaassist.orchestrator.turnstats.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EscalationWindowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T20:00:00Z"));
    private final EscalationWindow window = new EscalationWindow(clock, Duration.ofMinutes(5), 30, 10);

    @Test
    void rateIsTheEscalatedShareOfTheWindowsTurnsCountingModelOutagesAsHandoffs() {
        count(6, RouteDecision.AUTO_RESPOND, false);
        count(2, RouteDecision.REVIEW, false);
        count(1, RouteDecision.HANDOFF, false);
        count(1, RouteDecision.AUTO_RESPOND, true);

        assertThat(window.rate()).isEqualTo(0.4);
    }

    @Test
    void tooFewTurnsAreNoEvidence() {
        count(9, RouteDecision.REVIEW, false);

        assertThat(window.rate()).isNaN();
    }

    @Test
    void turnsOlderThanTheWindowDropOutSlotBySlot() {
        count(10, RouteDecision.REVIEW, false);
        clock.advance(Duration.ofMinutes(3));
        count(30, RouteDecision.AUTO_RESPOND, false);
        assertThat(window.rate()).isEqualTo(0.25);

        clock.advance(Duration.ofMinutes(2).plusSeconds(10));
        assertThat(window.rate()).as("the escalated turns left the window").isEqualTo(0.0);

        clock.advance(Duration.ofMinutes(3));
        assertThat(window.rate()).isNaN();
    }

    @Test
    void aSlotReusedAfterAFullTurnOfTheRingStartsFromZero() {
        count(20, RouteDecision.HANDOFF, false);
        clock.advance(Duration.ofMinutes(5));
        count(20, RouteDecision.AUTO_RESPOND, false);

        assertThat(window.rate()).isEqualTo(0.0);
    }

    @Test
    void refusesAWindowWithoutSlotsOrMinimum() {
        assertThatThrownBy(() -> new EscalationWindow(clock, Duration.ofMinutes(5), 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationWindow(clock, Duration.ofMinutes(5), 30, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void count(int turns, RouteDecision decision, boolean modelUnavailable) {
        for (int i = 0; i < turns; i++) {
            window.count(
                    new RoutedTurn(TopicCategory.GENERAL, 0.5, decision, ThresholdVariant.ACTIVE, modelUnavailable));
        }
    }
}
