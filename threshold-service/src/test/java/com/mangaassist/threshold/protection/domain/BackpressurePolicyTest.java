package com.mangaassist.threshold.protection.domain;

import static com.mangaassist.threshold.protection.domain.BackpressureLevel.CRITICAL;
import static com.mangaassist.threshold.protection.domain.BackpressureLevel.ELEVATED;
import static com.mangaassist.threshold.protection.domain.BackpressureLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BackpressurePolicyTest {

    static final OptionalLong NO_FORECAST = OptionalLong.empty();

    final BackpressurePolicy policy = new BackpressurePolicy(BackpressureSettings.DEFAULTS);

    static OptionalLong forecast(long depth) {
        return OptionalLong.of(depth);
    }

    @Test
    void fiftyWaitingIsStillNormalAndFiftyOneIsElevated() {
        assertThat(policy.decide(50, NO_FORECAST, NONE).level()).isEqualTo(NONE);

        BackpressureDecision decision = policy.decide(51, NO_FORECAST, NONE);

        assertThat(decision.level()).isEqualTo(ELEVATED);
        assertThat(decision.previous()).isEqualTo(NONE);
        assertThat(decision.changed()).isTrue();
        assertThat(decision.raised()).isTrue();
        assertThat(decision.reason()).contains("51", "> 50", "NONE → ELEVATED");
    }

    @Test
    void aHundredAndOneIsCriticalStraightFromNone() {
        assertThat(policy.decide(100, NO_FORECAST, NONE).level()).isEqualTo(ELEVATED);

        BackpressureDecision decision = policy.decide(101, NO_FORECAST, NONE);

        assertThat(decision.level()).isEqualTo(CRITICAL);
        assertThat(decision.reason()).contains("101", "> 100", "NONE → CRITICAL");
    }

    @Test
    void theLevelComesWithScenarioOnesRelaxations() {
        assertThat(policy.relaxationFor(NONE)).isEmpty();
        assertThat(policy.relaxationFor(ELEVATED)).contains(new Relaxation(0.10, 0.70));
        assertThat(policy.relaxationFor(CRITICAL)).contains(new Relaxation(0.15, 0.60));
    }

    @Test
    void theQueueDepthIsTheSumOverPriorities() {
        CapacitySignals signals = new CapacitySignals(
                Instant.parse("2026-11-28T11:10:00Z"),
                Map.of(
                        Priority.P1, new PriorityLoad(12, 480, 3.2, 1.0),
                        Priority.P3, new PriorityLoad(205, 290, 36.8, 11.4)),
                2,
                3,
                120.0,
                0.71);

        BackpressureDecision decision = policy.decide(signals, NO_FORECAST, NONE);

        assertThat(decision.level()).isEqualTo(CRITICAL);
        assertThat(decision.reason()).contains("217");
    }

    @Test
    void aForecastPastABoundRaisesTheLevelBeforeTheQueueGetsThere() {
        BackpressureDecision elevated = policy.decide(30, forecast(75), NONE);
        BackpressureDecision critical = policy.decide(30, forecast(120), ELEVATED);

        assertThat(elevated.level()).isEqualTo(ELEVATED);
        assertThat(elevated.reason()).contains("forecast depth 75", "> 50", "depth now 30");
        assertThat(critical.level()).isEqualTo(CRITICAL);
        assertThat(critical.reason()).contains("forecast depth 120", "> 100");
        assertThat(policy.decide(30, forecast(50), NONE).level()).isEqualTo(NONE);
    }

    @Test
    void theDepthWinsWhenItCallsForMoreThanTheForecast() {
        BackpressureDecision decision = policy.decide(130, forecast(60), NONE);

        assertThat(decision.level()).isEqualTo(CRITICAL);
        assertThat(decision.reason()).startsWith("queue depth 130 > 100");
    }

    @Test
    void withoutActingOnForecastsTheForecastChangesNothing() {
        BackpressurePolicy depthOnly = new BackpressurePolicy(new BackpressureSettings(
                50, 100, 20, 50, false, new Relaxation(0.10, 0.70), new Relaxation(0.15, 0.60)));

        assertThat(depthOnly.decide(30, forecast(500), NONE).level()).isEqualTo(NONE);
        assertThat(depthOnly.decide(15, forecast(500), ELEVATED).level()).isEqualTo(NONE);
    }

    @Test
    void elevatedHoldsUntilTheQueueHasDrained() {
        BackpressureDecision at60 = policy.decide(60, NO_FORECAST, ELEVATED);
        BackpressureDecision at30 = policy.decide(30, NO_FORECAST, ELEVATED);
        BackpressureDecision at15 = policy.decide(15, NO_FORECAST, ELEVATED);

        assertThat(at60.level()).isEqualTo(ELEVATED);
        assertThat(at60.changed()).isFalse();
        assertThat(at30.level()).isEqualTo(ELEVATED);
        assertThat(at30.changed()).isFalse();
        assertThat(at30.reason()).contains("30 > 20", "stays ELEVATED");
        assertThat(at15.level()).isEqualTo(NONE);
        assertThat(at15.changed()).isTrue();
        assertThat(at15.raised()).isFalse();
        assertThat(at15.reason()).contains("15 ≤ 20", "ELEVATED → NONE");
        assertThat(policy.decide(20, NO_FORECAST, ELEVATED).level()).isEqualTo(NONE);
    }

    @Test
    void aDrainedQueueStaysRelaxedWhileTheForecastStillCallsForIt() {
        BackpressureDecision held = policy.decide(15, forecast(70), ELEVATED);

        assertThat(held.level()).isEqualTo(ELEVATED);
        assertThat(held.reason()).contains("15 ≤ 20", "forecast depth 70", "> 50");
        BackpressureDecision restored = policy.decide(15, forecast(50), ELEVATED);
        assertThat(restored.level()).isEqualTo(NONE);
        assertThat(restored.reason()).contains("forecast depth 50 ≤ 50");
    }

    @Test
    void criticalStepsDownOneLevelAtATime() {
        assertThat(policy.decide(80, NO_FORECAST, CRITICAL).level()).isEqualTo(CRITICAL);
        BackpressureDecision at45 = policy.decide(45, NO_FORECAST, CRITICAL);
        assertThat(at45.level()).isEqualTo(ELEVATED);
        assertThat(at45.reason()).contains("45 ≤ 50", "CRITICAL → ELEVATED");
        assertThat(policy.decide(10, NO_FORECAST, CRITICAL).level()).isEqualTo(ELEVATED);
        assertThat(policy.decide(10, NO_FORECAST, ELEVATED).level()).isEqualTo(NONE);
        assertThat(policy.decide(45, forecast(101), CRITICAL).level()).isEqualTo(CRITICAL);
        assertThat(policy.decide(45, forecast(100), CRITICAL).level()).isEqualTo(ELEVATED);
    }

    @Test
    void scenarioOnesEveningDoesNotFlap() {
        // 19:45 to 21:15 JST every few minutes: the backlog builds, drains, bumps once on the way down
        long[] depths = {12, 30, 75, 120, 217, 180, 95, 40, 55, 25, 15};
        List<BackpressureLevel> levels = new ArrayList<>();
        BackpressureLevel level = NONE;
        for (long depth : depths) {
            level = policy.decide(depth, NO_FORECAST, level).level();
            levels.add(level);
        }

        assertThat(levels)
                .containsExactly(
                        NONE, NONE, ELEVATED, CRITICAL, CRITICAL, CRITICAL, CRITICAL, ELEVATED, ELEVATED, ELEVATED,
                        NONE);
    }

    @Test
    void negativeDepthsAreRefused() {
        assertThatThrownBy(() -> policy.decide(-1, NO_FORECAST, NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.decide(1, forecast(-1), NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsMustBeOrdered() {
        Relaxation elevated = new Relaxation(0.10, 0.70);
        Relaxation critical = new Relaxation(0.15, 0.60);

        assertThatThrownBy(() -> new BackpressureSettings(50, 100, 50, 50, true, elevated, critical))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("restoreAtOrBelow (50) < elevatedAbove (50)");
        assertThatThrownBy(() -> new BackpressureSettings(100, 100, 20, 50, true, elevated, critical))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackpressureSettings(50, 100, -1, 50, true, elevated, critical))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackpressureSettings(50, 100, 20, 100, true, elevated, critical))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackpressureSettings(50, 100, 20, 10, true, elevated, critical))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackpressureSettings(50, 100, 20, 50, true, critical, elevated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least as strong");
    }
}
