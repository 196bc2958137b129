package com.mangaassist.orchestrator.turnstats.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.StatsSums;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TurnTallyTest {

    private static final Instant HOUR = Instant.parse("2026-12-04T10:00:00Z");

    private final MutableClock clock = new MutableClock(HOUR.plusSeconds(5));
    private final TurnTally tally = new TurnTally(clock, Duration.ofSeconds(10));
    private final StatsSums sums = new StatsSums();

    @Test
    void aTurnIsCountedInItsHoursHistogramAndItsBucketsDecisions() {
        tally.count(turn(TopicCategory.GENERAL, 0.853, RouteDecision.AUTO_RESPOND, ThresholdVariant.ACTIVE));
        clock.advance(Duration.ofSeconds(7));
        tally.count(turn(TopicCategory.GENERAL, 0.853, RouteDecision.AUTO_RESPOND, ThresholdVariant.ACTIVE));
        tally.count(turn(TopicCategory.GENERAL, 0.41, RouteDecision.REVIEW, ThresholdVariant.CANARY));

        write(tally.drain());

        assertThat(sums.bin(TopicCategory.GENERAL, HOUR, 853)).isEqualTo(2);
        assertThat(sums.bin(TopicCategory.GENERAL, HOUR, 410)).isEqualTo(1);
        assertThat(sums.total(TopicCategory.GENERAL, HOUR)).isEqualTo(3);
        assertThat(sums.counts(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR))
                .containsExactly(1, 0, 0);
        assertThat(sums.counts(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR.plusSeconds(10)))
                .containsExactly(1, 0, 0);
        assertThat(sums.counts(TopicCategory.GENERAL, ThresholdVariant.CANARY, HOUR.plusSeconds(10)))
                .containsExactly(0, 1, 0);
    }

    @Test
    void aTurnWithoutModelIsAHandoffInTheCountsButStaysOutOfTheHistogram() {
        tally.count(new RoutedTurn(TopicCategory.REFUND, 0.0, RouteDecision.HANDOFF, ThresholdVariant.ACTIVE, true));

        write(tally.drain());

        assertThat(sums.binsSum()).isZero();
        assertThat(sums.total(TopicCategory.REFUND, HOUR)).isZero();
        assertThat(sums.counts(TopicCategory.REFUND, ThresholdVariant.ACTIVE, HOUR))
                .containsExactly(0, 0, 1);
    }

    @Test
    void turnsEitherSideOfTheHourGoToDifferentHistograms() {
        clock.set(HOUR.minusMillis(1));
        tally.count(turn(TopicCategory.RARE_MANGA, 1.0, RouteDecision.AUTO_RESPOND, ThresholdVariant.ACTIVE));
        clock.set(HOUR);
        tally.count(turn(TopicCategory.RARE_MANGA, 0.0, RouteDecision.HANDOFF, ThresholdVariant.ACTIVE));

        write(tally.drain());

        assertThat(sums.bin(TopicCategory.RARE_MANGA, HOUR.minusSeconds(3600), ConfidenceBins.COUNT - 1))
                .isEqualTo(1);
        assertThat(sums.bin(TopicCategory.RARE_MANGA, HOUR, 0)).isEqualTo(1);
        assertThat(sums.counts(TopicCategory.RARE_MANGA, ThresholdVariant.ACTIVE, HOUR.minusSeconds(10)))
                .containsExactly(1, 0, 0);
    }

    @Test
    void aDrainTakesEverythingOnceAndCountingGoesOnAfresh() {
        tally.count(turn(TopicCategory.GENERAL, 0.5, RouteDecision.REVIEW, ThresholdVariant.OVERRIDE));

        assertThat(tally.drain().isEmpty()).isFalse();
        assertThat(tally.drain().isEmpty()).isTrue();

        tally.count(turn(TopicCategory.GENERAL, 0.5, RouteDecision.REVIEW, ThresholdVariant.OVERRIDE));
        write(tally.drain());
        assertThat(sums.decisions()).isEqualTo(1);
    }

    @Test
    void drainingWhileTurnsAreCountedLosesAndDuplicatesNothing() throws Exception {
        int threads = 4;
        int turnsEach = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean counting = new AtomicBoolean(true);
        List<Future<?>> counters = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                counters.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < turnsEach; i++) {
                        tally.count(turn(
                                TopicCategory.values()[(thread + i) % TopicCategory.values().length],
                                (i % 1001) / 1000.0,
                                RouteDecision.values()[i % 3],
                                ThresholdVariant.values()[thread % 3]));
                    }
                    return null;
                }));
            }
            start.countDown();
            Future<?> drainer = pool.submit(() -> {
                while (counting.get()) {
                    write(tally.drain());
                }
            });
            for (Future<?> counter : counters) {
                counter.get(30, TimeUnit.SECONDS);
            }
            counting.set(false);
            drainer.get(30, TimeUnit.SECONDS);
            write(tally.drain());
        } finally {
            pool.shutdownNow();
        }

        assertThat(sums.decisions()).isEqualTo((long) threads * turnsEach);
        assertThat(sums.binsSum()).isEqualTo((long) threads * turnsEach);
    }

    private void write(TurnTotals totals) {
        totals.increments(100).forEach(increment -> increment.addTo(sums));
    }

    private static RoutedTurn turn(
            TopicCategory topic, double confidence, RouteDecision decision, ThresholdVariant variant) {
        return new RoutedTurn(topic, confidence, decision, variant, false);
    }
}
