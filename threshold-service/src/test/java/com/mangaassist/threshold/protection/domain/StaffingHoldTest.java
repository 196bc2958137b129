package com.mangaassist.threshold.protection.domain;

import static com.mangaassist.threshold.protection.domain.BackpressureLevel.CRITICAL;
import static com.mangaassist.threshold.protection.domain.BackpressureLevel.ELEVATED;
import static com.mangaassist.threshold.protection.domain.BackpressureLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StaffingHoldTest {

    static final Instant NOW = Instant.parse("2026-11-28T11:20:00Z");
    static final Optional<StaffingHold> FIVE_BEFORE =
            Optional.of(new StaffingHold(5, NOW.plus(Duration.ofMinutes(25))));

    final BackpressurePolicy policy = new BackpressurePolicy(BackpressureSettings.DEFAULTS);

    static CapacitySignals signals(long depth, int activeReviewers) {
        return new CapacitySignals(
                NOW, Map.of(Priority.P3, new PriorityLoad(depth, 30, 20, 20)), activeReviewers, 3, 120, 0.9);
    }

    @Test
    void aQueueDrainedByTheRelaxationKeepsItWhileFewerReviewersThanBeforeAreOnDuty() {
        BackpressureDecision held = policy.decide(signals(10, 2), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, NOW);

        assertThat(held.level()).isEqualTo(ELEVATED);
        assertThat(held.changed()).isFalse();
        assertThat(held.reason()).contains("10 ≤ 20", "2 reviewers on duty, fewer than the 5", "stays ELEVATED");
    }

    @Test
    void theRelaxationGoesOnceTheReviewersAreBack() {
        BackpressureDecision restored = policy.decide(signals(10, 5), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, NOW);

        assertThat(restored.level()).isEqualTo(NONE);
        assertThat(restored.reason()).contains("ELEVATED → NONE");
    }

    @Test
    void theHoldEndsAtItsDeadlineWhoeverIsOnDuty() {
        Instant deadline = FIVE_BEFORE.orElseThrow().until();

        assertThat(policy.decide(signals(10, 2), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, deadline.minusSeconds(1))
                        .level())
                .isEqualTo(ELEVATED);
        assertThat(policy.decide(signals(10, 2), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, deadline)
                        .level())
                .isEqualTo(NONE);
    }

    @Test
    void onlyTheLastStepWaitsAndNothingElseChanges() {
        assertThat(policy.decide(signals(40, 2), OptionalLong.empty(), CRITICAL, FIVE_BEFORE, NOW)
                        .level())
                .as("CRITICAL → ELEVATED by the usual rule")
                .isEqualTo(ELEVATED);
        assertThat(policy.decide(signals(30, 2), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, NOW)
                        .reason())
                .as("not drained: the usual reason")
                .contains("not drained");
        assertThat(policy.decide(signals(120, 2), OptionalLong.empty(), ELEVATED, FIVE_BEFORE, NOW)
                        .level())
                .isEqualTo(CRITICAL);
        assertThat(policy.decide(signals(10, 2), OptionalLong.empty(), ELEVATED, Optional.empty(), NOW)
                        .level())
                .as("no hold: the usual rule")
                .isEqualTo(NONE);
    }

    @Test
    void holdsAndSettingsRefuseNegativeValues() {
        assertThatThrownBy(() -> new StaffingHold(-1, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackpressureSettings(
                        50,
                        100,
                        20,
                        50,
                        true,
                        new Relaxation(0.10, 0.70),
                        new Relaxation(0.15, 0.60),
                        Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BackpressureSettings.DEFAULTS.staffingHold()).isEqualTo(Duration.ofMinutes(30));
    }
}
