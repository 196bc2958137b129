package com.mangaassist.threshold.protection.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.protection.domain.BackpressureDecision;
import com.mangaassist.threshold.protection.domain.BackpressureLevel;
import com.mangaassist.threshold.protection.domain.BackpressurePolicy;
import com.mangaassist.threshold.protection.domain.BackpressureSettings;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.testing.ChangeControlFixture;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenario 1's shift gap: the relaxation is given back when the reviewers are, not when the queue is empty. */
class BackpressureStaffingHoldTest {

    private final ChangeControlFixture f = new ChangeControlFixture();
    private final AtomicReference<CapacitySignals> signals = new AtomicReference<>();
    private final Backpressure backpressure = new Backpressure(
            () -> Optional.ofNullable(signals.get()),
            f.thresholds,
            s -> OptionalLong.empty(),
            new BackpressurePolicy(BackpressureSettings.DEFAULTS),
            f.writer,
            f.auditor,
            f.clock,
            Duration.ofMinutes(2));

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    private BackpressureDecision run(long depth, int activeReviewers) {
        f.clock.advance(Duration.ofSeconds(15));
        signals.set(new CapacitySignals(
                f.clock.instant(),
                Map.of(Priority.P3, new CapacitySignals.PriorityLoad(depth, 60, 30, 12)),
                activeReviewers,
                3,
                120,
                0.9));
        return backpressure.run().orElseThrow();
    }

    private double generalAutoRespondMin() {
        return f.thresholds
                .get(TopicCategory.GENERAL)
                .controlThresholds(f.clock.instant())
                .autoRespondMin();
    }

    @Test
    void threeOfFiveReviewersGoneKeepTheRelaxationUntilTheyAreBack() {
        run(0, 5);
        assertThat(run(60, 2).level()).isEqualTo(BackpressureLevel.ELEVATED);

        BackpressureDecision drained = run(0, 2);

        assertThat(drained.level()).isEqualTo(BackpressureLevel.ELEVATED);
        assertThat(drained.reason()).contains("fewer than the 5");
        assertThat(generalAutoRespondMin()).isEqualTo(0.70);
        assertThat(run(0, 4).level()).isEqualTo(BackpressureLevel.ELEVATED);

        assertThat(run(0, 5).level()).isEqualTo(BackpressureLevel.NONE);
        assertThat(generalAutoRespondMin()).isEqualTo(0.80);
        assertThat(f.trail.actions()).filteredOn("backpressure:none"::equals).hasSize(6);
    }

    @Test
    void reviewersWhoVanishWithoutCheckingOutAreWaitedForToo() {
        // the raise comes while the roster still counts them (their heartbeats are not yet stale)
        run(0, 5);
        assertThat(run(60, 5).level()).isEqualTo(BackpressureLevel.ELEVATED);

        assertThat(run(0, 2).level()).isEqualTo(BackpressureLevel.ELEVATED);
        assertThat(run(0, 5).level()).isEqualTo(BackpressureLevel.NONE);
    }

    @Test
    void theHoldRunsOutIfTheReviewersNeverComeBack() {
        run(0, 5);
        run(60, 2);
        assertThat(run(0, 2).level()).isEqualTo(BackpressureLevel.ELEVATED);

        f.clock.advance(BackpressureSettings.DEFAULT_STAFFING_HOLD);

        assertThat(run(0, 2).level()).isEqualTo(BackpressureLevel.NONE);
    }

    @Test
    void aSurgeWithTheStaffingUnchangedIsNotHeld() {
        run(0, 5);
        assertThat(run(60, 5).level()).isEqualTo(BackpressureLevel.ELEVATED);

        assertThat(run(0, 5).level()).isEqualTo(BackpressureLevel.NONE);
    }
}
