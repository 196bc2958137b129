package com.mangaassist.threshold.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.simulation.domain.ImpactReport.CapacityImpact;
import com.mangaassist.threshold.simulation.domain.ImpactReport.QueueOutlook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpactSimulatorTest {

    private static final Instant WEEK_START = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-12-04T00:05:00Z");
    private static final ThresholdSet AT_085 = new ThresholdSet(0.85, 0.55, 0.30);
    private static final ThresholdSet AT_095 = new ThresholdSet(0.95, 0.55, 0.30);

    private final ImpactSimulator simulator = new ImpactSimulator();

    /**
     * Runbook scenario 3: every category's auto-respond minimum from 0.85 to 0.95 with 12 % of turns below
     * 0.85 and 45 % below 0.95, 1M turns a day, 50 reviewers × 125 reviews an hour (150K a day).
     */
    @Test
    void raisingEveryCategoryTo095ReproducesScenario3() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 1_000_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report =
                simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), everyCategory(AT_095), week)
                        .capacitySignals(signals(AS_OF.minusSeconds(20), 50, 125))
                        .build());

        assertThat(report.turns()).isEqualTo(7_000_000);
        assertThat(report.messagesPerDay()).isCloseTo(1_000_000, within(1e-6));
        assertThat(report.before().escalationRate()).isCloseTo(0.12, within(0.001));
        assertThat(report.after().escalationRate()).isCloseTo(0.45, within(0.001));
        assertThat(report.before().reviewsPerDay()).isCloseTo(120_000, within(500.0));
        assertThat(report.after().reviewsPerDay()).isCloseTo(450_000, within(500.0));
        assertThat(report.after().handoffsPerDay()).isZero();

        assertThat(report.capacityKnown()).isTrue();
        CapacityImpact capacity = report.capacity();
        assertThat(capacity.capacityPerDay()).isCloseTo(150_000, within(1e-6));
        assertThat(capacity.throughputMeasured()).isTrue();
        assertThat(capacity.utilisationBefore()).isCloseTo(0.8, within(0.005));
        assertThat(capacity.utilisationAfter()).isCloseTo(3.0, within(0.005));
        assertThat(capacity.exceedsCapacity()).isTrue();
        assertThat(report.exceedsCapacity()).isTrue();

        // ~300K a day can never be served: the runbook's "queue growing by ~300K messages/day"
        QueueOutlook after = capacity.after();
        assertThat(after.backlogGrowthPerDay()).isCloseTo(300_000, within(500.0));
        assertThat(after.overflowReviewsPerDay()).isCloseTo(300_000, within(500.0));
        assertThat(after.peakBacklog()).isCloseTo(300_000, within(500.0));
        assertThat(capacity.before().overflowReviewsPerDay()).isZero();
        assertThat(capacity.before().peakBacklog()).isZero();

        // P2 and below are unstable: every P2 review breaches. P1 is served first and keeps up: strict
        // priority protects it as long as P1 alone (~13 % of reviews) stays below capacity
        assertThat(after.of(Priority.P2).stable()).isFalse();
        assertThat(after.of(Priority.P2).breachProbability()).isEqualTo(1);
        assertThat(after.of(Priority.P4).breachProbability()).isEqualTo(1);
        assertThat(after.of(Priority.P1).stable()).isTrue();
        assertThat(after.of(Priority.P1).breachProbability()).isLessThan(1e-6);
        assertThat(capacity.before().of(Priority.P2).breachProbability()).isLessThan(0.01);
        assertThat(after.of(Priority.P1).arrivalsPerHour()
                        + after.of(Priority.P2).arrivalsPerHour()
                        + after.of(Priority.P3).arrivalsPerHour()
                        + after.of(Priority.P4).arrivalsPerHour())
                .isCloseTo(18_750, within(50.0));

        // the 0.85–0.95 drafts reviewers would now see are approved unchanged 90 % of the time, which lifts
        // the approved-unchanged share of all reviews from 0.70 to (0.12 × 0.70 + 0.33 × 0.90) / 0.45
        assertThat(report.after().approvedUnchangedShareOfReviews()).isCloseTo(0.381 / 0.45, within(0.001));
        assertThat(report.before().approvedUnchangedShareOfReviews()).isCloseTo(0.70, within(0.001));
        // what the change buys: the auto-responses a reviewer would have changed
        // before: 33 % at a mean 0.90 and 55 % at 0.975 auto-respond → (0.033 + 0.01375) / 0.88 changed
        assertThat(report.before().expectedChangedShareOfAutoResponses()).isCloseTo(0.04675 / 0.88, within(0.001));
        assertThat(report.after().expectedChangedShareOfAutoResponses()).isCloseTo(0.025, within(0.001));

        // $25 an hour at 125 reviews an hour; 8 transitions at $0.025 per 1,000; 1,500 tokens at $0.0054 per 1,000
        assertThat(report.costAfter().reviewerTime()).isCloseTo(450_000 / 125.0 * 25, within(100.0));
        assertThat(report.costAfter().stepFunctions()).isCloseTo(90, within(0.1));
        assertThat(report.costAfter().tokens()).isCloseTo(8_100, within(0.01));
        assertThat(report.costBefore().tokens()).isEqualTo(report.costAfter().tokens());

        assertThat(report.warnings())
                .anyMatch(w -> w.startsWith("Capacity exceeded"))
                .anyMatch(w -> w.startsWith("P2 SLA at risk"))
                .noneMatch(w -> w.startsWith("P1 SLA at risk"))
                .noneMatch(w -> w.startsWith("Capacity unknown"));
        // raising refund's, complaint's and legal's minimum is not relaxing them
        assertThat(report.warnings()).noneMatch(w -> w.startsWith("Protected category relaxed"));
    }

    @Test
    void anUnchangedProposalChangesNothing() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 200_000, HistogramFixtures.EVENING_PEAK_DAY, HistogramFixtures.scenario3());

        ImpactReport report = simulator.simulate(
                SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(TopicCategory.GENERAL, AT_085), week)
                        .capacitySignals(signals(AS_OF, 10, 125))
                        .build());

        assertThat(report.after()).isEqualTo(report.before());
        assertThat(report.costAfter()).isEqualTo(report.costBefore());
        assertThat(report.capacity().after()).isEqualTo(report.capacity().before());
        assertThat(report.capacity().utilisationAfter())
                .isEqualTo(report.capacity().utilisationBefore());
        for (ImpactReport.CategoryImpact category : report.categories()) {
            assertThat(category.changed()).isFalse();
            assertThat(category.after()).isEqualTo(category.before());
        }
        for (ImpactReport.HourlyLoad hour : report.hourlyProfile()) {
            assertThat(hour.reviewsPerHourAfter()).isEqualTo(hour.reviewsPerHourBefore());
        }
    }

    @Test
    void onlyTheProposedCategoriesChange() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 90_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report = simulator.simulate(
                SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(TopicCategory.GENERAL, AT_095), week)
                        .build());

        assertThat(report.category(TopicCategory.GENERAL).changed()).isTrue();
        assertThat(report.category(TopicCategory.GENERAL).after().escalationRate())
                .isCloseTo(0.45, within(0.002));
        assertThat(report.category(TopicCategory.REFUND).changed()).isFalse();
        assertThat(report.category(TopicCategory.REFUND).after().escalationRate())
                .isCloseTo(0.12, within(0.002));
        // one ninth of the traffic moves from 12 % to 45 %
        assertThat(report.after().escalationRate()).isCloseTo(0.12 + 0.33 / 9, within(0.002));
        assertThat(report.category(TopicCategory.GENERAL).messagesPerDay()).isCloseTo(10_000, within(10.0));
    }

    @Test
    void categoriesWithoutAStoredSetUseTheDefaults() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 90_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report = simulator.simulate(
                SimulationRequest.builder(AS_OF, Map.of(), Map.of(), week).build());

        assertThat(report.category(TopicCategory.REFUND).current())
                .isEqualTo(DefaultThresholds.of(TopicCategory.REFUND));
        assertThat(report.category(TopicCategory.REFUND).proposed())
                .isEqualTo(DefaultThresholds.of(TopicCategory.REFUND));
    }

    @Test
    void expectedReviewerChangesFollowTheCalibratedConfidence() {
        // general in one hour: 100 drafts at 0.9005 (auto under 0.85), 50 at 0.7005 (reviewed)
        ConfidenceHistogram histogram =
                ConfidenceHistogram.builder().add(900, 100).add(700, 50).build();
        List<HourlyHistogram> hour = List.of(new HourlyHistogram(TopicCategory.GENERAL, WEEK_START, histogram));

        ImpactReport report = simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(), hour)
                .lookback(Duration.ofHours(24))
                .build());

        ImpactReport.RoutingOutcome before = report.before();
        assertThat(before.expectedChangedShareOfAutoResponses()).isCloseTo(1 - 0.9005, within(1e-12));
        assertThat(before.expectedChangedAutoResponsesPerDay()).isCloseTo(100 * (1 - 0.9005), within(1e-9));
        assertThat(before.approvedUnchangedShareOfReviews()).isCloseTo(0.7005, within(1e-12));
        assertThat(before.expectedApprovedUnchangedReviewsPerDay()).isCloseTo(50 * 0.7005, within(1e-9));
    }

    @Test
    void theHourlyProfileIsInJapanTimeAndFindsTheEveningPeak() {
        // one day; 10 reviews an hour, 100 in 20:00 JST (11:00 UTC); one reviewer deciding 40 an hour
        List<HourlyHistogram> day = new ArrayList<>();
        for (int utcHour = 0; utcHour < 24; utcHour++) {
            long reviews = utcHour == 11 ? 100 : 10;
            day.add(new HourlyHistogram(
                    TopicCategory.GENERAL,
                    WEEK_START.plus(Duration.ofHours(utcHour)),
                    ConfidenceHistogram.builder().addScore(0.7, reviews).build()));
        }

        ImpactReport report = simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(), day)
                .lookback(Duration.ofHours(24))
                .reviewersByJstHour(Collections.nCopies(24, 1))
                .assumedReviewsPerReviewerPerHour(40)
                .minimumTurnsPerCategory(0)
                .build());

        assertThat(report.hourlyProfile()).hasSize(24);
        assertThat(report.hourlyProfile().get(20).reviewsPerHourBefore()).isEqualTo(100);
        assertThat(report.hourlyProfile().get(20).messagesPerHour()).isEqualTo(100);
        assertThat(report.hourlyProfile().get(19).reviewsPerHourBefore()).isEqualTo(10);
        assertThat(report.hourlyProfile().get(20).capacityPerHour()).isEqualTo(40);
        QueueOutlook queue = report.capacity().before();
        assertThat(report.capacity().source()).isEqualTo(ImpactReport.CapacitySource.STAFFING_PLAN);
        assertThat(queue.peakHourJst()).isEqualTo(20);
        assertThat(queue.peakArrivalsPerHour()).isEqualTo(100);
        // 60 left over at 20:00, 30 at 21:00, gone by 22:00
        assertThat(queue.overflowReviewsPerDay()).isEqualTo(60);
        assertThat(queue.backlogGrowthPerDay()).isZero();
        assertThat(queue.peakBacklog()).isEqualTo(60);
        assertThat(queue.peakBacklogHourJst()).isEqualTo(20);
        assertThat(report.capacity().exceedsCapacity()).isFalse();
        assertThat(queue.of(Priority.P4).stable()).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Peak hours exceed capacity: at 20:00 JST"));
    }

    @Test
    void aBacklogCarriedOverMidnightIsPartOfTheDailyCycle() {
        // 23:00 JST (14:00 UTC) gets 100 reviews against 40 an hour: 60 left, then 30 at 00:00, 0 at 01:00
        List<HourlyHistogram> day = new ArrayList<>();
        for (int utcHour = 0; utcHour < 24; utcHour++) {
            day.add(new HourlyHistogram(
                    TopicCategory.GENERAL,
                    WEEK_START.plus(Duration.ofHours(utcHour)),
                    ConfidenceHistogram.builder()
                            .addScore(0.7, utcHour == 14 ? 100 : 10)
                            .build()));
        }

        ImpactReport report = simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(), day)
                .lookback(Duration.ofHours(24))
                .reviewersByJstHour(Collections.nCopies(24, 1))
                .assumedReviewsPerReviewerPerHour(40)
                .build());

        QueueOutlook queue = report.capacity().before();
        assertThat(queue.peakBacklog()).isEqualTo(60);
        assertThat(queue.peakBacklogHourJst()).isEqualTo(23);
        assertThat(queue.overflowReviewsPerDay()).isEqualTo(60);
    }

    @Test
    void withoutSignalsCapacityIsUnknownAndSaidSo() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 90_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report =
                simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), everyCategory(AT_095), week)
                        .build());

        assertThat(report.capacityKnown()).isFalse();
        assertThat(report.capacity()).isNull();
        assertThat(report.exceedsCapacity()).isFalse();
        assertThat(report.hourlyProfile()).allMatch(h -> h.capacityPerHour() == null);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Capacity unknown: no review signals"));
        // cost still comes out, at the assumed throughput (62.5 reviews an hour)
        assertThat(report.costAfter().reviewerTime())
                .isCloseTo(report.after().reviewsPerDay() / 62.5 * 25, within(1e-6));
    }

    @Test
    void staleSignalsLeaveCapacityUnknown() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 90_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report =
                simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), everyCategory(AT_095), week)
                        .capacitySignals(signals(AS_OF.minusSeconds(61), 50, 125))
                        .build());

        assertThat(report.capacityKnown()).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Capacity unknown: the latest review signals"));
    }

    @Test
    void aQuietQueueMeasuresNoThroughputSoTheAssumedOneIsUsed() {
        List<HourlyHistogram> week = HistogramFixtures.days(
                WEEK_START, 7, 90_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report = simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(), week)
                .capacitySignals(signals(AS_OF, 4, 0))
                .assumedReviewsPerReviewerPerHour(100)
                .build());

        assertThat(report.capacity().throughputMeasured()).isFalse();
        assertThat(report.capacity().capacityPerDay()).isCloseTo(4 * 100 * 24, within(1e-9));
        assertThat(report.assumptions()).anyMatch(a -> a.contains("assumed: none measured"));
    }

    @Test
    void relaxingAProtectedCategoryAndThinDataAreWarnedNotRefused() {
        // legal has 7 × 24 × 2 = 336 turns in the week
        List<HourlyHistogram> week = new ArrayList<>();
        for (int h = 0; h < 168; h++) {
            week.add(new HourlyHistogram(
                    TopicCategory.LEGAL,
                    WEEK_START.plus(Duration.ofHours(h)),
                    ConfidenceHistogram.builder().addScore(0.9, 2).build()));
        }
        ThresholdSet relaxed = new ThresholdSet(0.85, 0.40, 0.20);

        ImpactReport report = simulator.simulate(
                SimulationRequest.builder(AS_OF, Map.of(), Map.of(TopicCategory.LEGAL, relaxed), week)
                        .build());

        assertThat(report.category(TopicCategory.LEGAL).after().autoRespondShare())
                .isEqualTo(1);
        assertThat(report.warnings())
                .anyMatch(w -> w.startsWith("Protected category relaxed: legal auto-respond minimum 0.97 → 0.85"))
                .anyMatch(w -> w.startsWith("Too little data for legal: 336 turns"));
    }

    @Test
    void staffingBelowTheMinimumIsWarned() {
        List<HourlyHistogram> week =
                HistogramFixtures.days(WEEK_START, 7, 9_000, HistogramFixtures.FLAT_DAY, HistogramFixtures.scenario3());

        ImpactReport report = simulator.simulate(SimulationRequest.builder(AS_OF, everyCategory(AT_085), Map.of(), week)
                .capacitySignals(new CapacitySignals(AS_OF, Map.of(), 1, 3, 125, 0.9))
                .build());

        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Staffing below minimum: 1 reviewers"));
    }

    @Test
    void noTurnsGiveZerosAndAWarning() {
        ImpactReport report = simulator.simulate(
                SimulationRequest.builder(AS_OF, everyCategory(AT_085), everyCategory(AT_095), List.of())
                        .capacitySignals(signals(AS_OF, 5, 100))
                        .build());

        assertThat(report.turns()).isZero();
        assertThat(report.after().escalationRate()).isZero();
        assertThat(report.capacity().utilisationAfter()).isZero();
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("No turns in the lookback"));
    }

    @Test
    void jstHoursAreUtcPlusNine() {
        assertThat(ImpactSimulator.jstHour(Instant.parse("2026-12-04T11:00:00Z")))
                .isEqualTo(20);
        assertThat(ImpactSimulator.jstHour(Instant.parse("2026-12-04T15:00:00Z")))
                .isEqualTo(0);
        assertThat(ImpactSimulator.jstHour(Instant.parse("1969-12-31T23:00:00Z")))
                .isEqualTo(8);
    }

    private static Map<TopicCategory, ThresholdSet> everyCategory(ThresholdSet set) {
        Map<TopicCategory, ThresholdSet> sets = new EnumMap<>(TopicCategory.class);
        for (TopicCategory category : TopicCategory.values()) {
            sets.put(category, set);
        }
        return sets;
    }

    private static CapacitySignals signals(Instant at, int reviewers, double perReviewerPerHour) {
        return new CapacitySignals(at, Map.of(), reviewers, 3, perReviewerPerHour, 0.92);
    }
}
