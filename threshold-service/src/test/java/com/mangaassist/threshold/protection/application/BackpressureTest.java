package com.mangaassist.threshold.protection.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.OverrideKind;
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

class BackpressureTest {

    private final ChangeControlFixture f = new ChangeControlFixture();
    private final AtomicReference<CapacitySignals> signals = new AtomicReference<>();
    private final AtomicReference<OptionalLong> forecast = new AtomicReference<>(OptionalLong.empty());
    private final Backpressure backpressure = new Backpressure(
            () -> Optional.ofNullable(signals.get()),
            f.thresholds,
            s -> forecast.get(),
            new BackpressurePolicy(BackpressureSettings.DEFAULTS),
            f.writer,
            f.auditor,
            f.clock,
            Duration.ofMinutes(2));

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    private void depth(long p3Depth) {
        signals.set(new CapacitySignals(
                f.clock.instant(),
                Map.of(Priority.P3, new CapacitySignals.PriorityLoad(p3Depth, 200, 3, 1)),
                2,
                3,
                120,
                0.9));
    }

    private ThresholdSet effective(TopicCategory category) {
        return f.thresholds.get(category).controlThresholds(f.clock.instant());
    }

    @Test
    void aDeepQueueRelaxesEveryCategoryButRefundComplaintAndLegal() {
        depth(51);

        assertThat(backpressure.run().orElseThrow().level()).isEqualTo(BackpressureLevel.ELEVATED);

        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.70);
        assertThat(effective(TopicCategory.RARE_MANGA).autoRespondMin()).isEqualTo(0.75);
        assertThat(effective(TopicCategory.ORDER_STATUS).autoRespondMin()).isEqualTo(0.78);
        for (TopicCategory protectedCategory :
                new TopicCategory[] {TopicCategory.REFUND, TopicCategory.COMPLAINT, TopicCategory.LEGAL}) {
            CategoryConfiguration c = f.thresholds.get(protectedCategory);
            assertThat(c.overrides()).isEmpty();
            assertThat(effective(protectedCategory).autoRespondMin()).isEqualTo(0.97);
        }
        assertThat(f.trail.actions())
                .filteredOn(a -> a.equals("backpressure:elevated"))
                .hasSize(6);
    }

    @Test
    void criticalGoesFurtherAndDrainingRestoresStepByStep() {
        depth(120);
        backpressure.run();
        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.65);
        assertThat(effective(TopicCategory.ORDER_STATUS).autoRespondMin()).isEqualTo(0.73);

        depth(40);
        assertThat(backpressure.run().orElseThrow().level()).isEqualTo(BackpressureLevel.ELEVATED);
        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.70);

        depth(10);
        assertThat(backpressure.run().orElseThrow().level()).isEqualTo(BackpressureLevel.NONE);
        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.80);
        assertThat(f.thresholds.get(TopicCategory.GENERAL).overrides()).isEmpty();
    }

    @Test
    void theForecastActsBeforeTheQueueIsDeep() {
        depth(10);
        forecast.set(OptionalLong.of(80));

        assertThat(backpressure.run().orElseThrow().level()).isEqualTo(BackpressureLevel.ELEVATED);
        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.70);
    }

    @Test
    void theOverrideRunsOutByItselfIfNobodyConfirmsIt() {
        depth(60);
        backpressure.run();
        int writes = f.thresholds.writes;
        f.clock.advance(Duration.ofSeconds(15));
        backpressure.run();
        assertThat(f.thresholds.writes).as("a fresh override is not rewritten").isEqualTo(writes);

        f.clock.advance(Duration.ofMinutes(2));

        assertThat(effective(TopicCategory.GENERAL).autoRespondMin()).isEqualTo(0.80);
        assertThat(f.thresholds.get(TopicCategory.GENERAL).overrides())
                .allMatch(o -> o.kind() == OverrideKind.BACKPRESSURE);
    }

    @Test
    void aNewRunnerGoesOnFromTheLevelTheStoredOverridesShow() {
        depth(60);
        backpressure.run();
        Backpressure successor = new Backpressure(
                () -> Optional.ofNullable(signals.get()),
                f.thresholds,
                s -> OptionalLong.empty(),
                new BackpressurePolicy(BackpressureSettings.DEFAULTS),
                f.writer,
                f.auditor,
                f.clock,
                Duration.ofMinutes(2));
        depth(30);

        assertThat(successor.run().orElseThrow().level())
                .as("30 is above the restore bound: ELEVATED holds across the failover")
                .isEqualTo(BackpressureLevel.ELEVATED);
    }

    @Test
    void withoutSignalsNothingChanges() {
        assertThat(backpressure.run()).isEmpty();
        assertThat(f.thresholds.get(TopicCategory.GENERAL).overrides()).isEmpty();
    }
}
