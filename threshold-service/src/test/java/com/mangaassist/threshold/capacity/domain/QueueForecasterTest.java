package com.mangaassist.threshold.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forecast on numbers small enough to check by hand: 2 reviewers deciding 120 reviews an hour each
 * (4 a minute together, 30 s per review), 30 minutes ahead.
 */
class QueueForecasterTest {

    private static final Instant AT = Instant.parse("2026-12-04T11:00:00Z");

    private final QueueForecaster forecaster = new QueueForecaster(ReviewSlas.defaults(), 100);

    @Test
    void aP1BacklogDrainsAndNewP1TasksMeetTheirSla() {
        // P1: depth 10, 1 arrival a minute. Over 30 min the reviewers decide 120; P1 needs 10 + 30 = 40.
        QueueForecast forecast = forecaster.forecast(signals(2, 120, Map.of(Priority.P1, load(10, 1))));

        QueueForecast.PriorityForecast p1 = forecast.of(Priority.P1);
        assertThat(forecast.projectedAt()).isEqualTo(AT.plus(Duration.ofMinutes(30)));
        assertThat(forecast.capacityPerHour()).isEqualTo(240);
        assertThat(forecast.throughputMeasured()).isTrue();
        assertThat(p1.servedPerMinute()).isCloseTo(40 / 30.0, within(1e-12));
        assertThat(p1.projectedDepth()).isZero();
        assertThat(forecast.totalDepth()).isEqualTo(10);
        assertThat(forecast.totalProjectedDepth()).isZero();
        assertThat(forecast.stable()).isTrue();
        // M/M/2 with a = 1/2: C = 0.1; W1 = C / (cμ (1 − σ1)) = 0.1 / (4 × 0.75) min = 2 s
        assertThat(p1.expectedWaitSeconds()).isCloseTo(2.0, within(1e-9));
        // wait budget 60 s − 30 s handling = 30 s: P = C·exp(−30 s × C / W1) = 0.1·e^−1.5
        assertThat(p1.breachProbability()).isCloseTo(0.1 * Math.exp(-1.5), within(1e-12));
        assertThat(p1.stable()).isTrue();
    }

    @Test
    void lowerPrioritiesGetWhatIsLeftAndBreachBehindTheBacklog() {
        // P1 depth 10, 1/min; P3 depth 50, 2/min. Capacity over 30 min: 120; P1 takes 40, P3 gets 80 of 110.
        QueueForecast forecast =
                forecaster.forecast(signals(2, 120, Map.of(Priority.P1, load(10, 1), Priority.P3, load(50, 2))));

        // M/M/2 with a = 3/2 (ρ = 0.75): C = 2ρ²/(1 + ρ) = 9/14; σ = 0.25, 0.25, 0.75, 0.75 over P1..P4
        double c = 9 / 14.0;
        QueueForecast.PriorityForecast p1 = forecast.of(Priority.P1);
        assertThat(p1.projectedDepth()).isZero();
        double w1 = c / 4 / 0.75; // minutes
        assertThat(p1.expectedWaitSeconds()).isCloseTo(w1 * 60, within(1e-9));
        assertThat(p1.breachProbability()).isCloseTo(c * Math.exp(-0.5 * c / w1), within(1e-12));

        QueueForecast.PriorityForecast p2 = forecast.of(Priority.P2);
        double w2 = c / 4 / (0.75 * 0.75);
        assertThat(p2.expectedWaitSeconds()).isCloseTo(w2 * 60, within(1e-9));
        assertThat(p2.breachProbability()).isCloseTo(c * Math.exp(-1.5 * c / w2), within(1e-12));

        QueueForecast.PriorityForecast p3 = forecast.of(Priority.P3);
        assertThat(p3.servedPerMinute()).isCloseTo(80 / 30.0, within(1e-12));
        assertThat(p3.projectedDepth()).isCloseTo(30, within(1e-9));
        // 30 P3 tasks ahead drain at 4 − 1 (P1 keeps arriving) = 3 a minute: 10 min, then W3 on top
        double w3 = c / 4 / (0.75 * 0.25);
        assertThat(p3.expectedWaitSeconds()).isCloseTo((10 + w3) * 60, within(1e-9));
        assertThat(p3.breachProbability()).isEqualTo(1);
        assertThat(p3.stable()).isTrue();

        QueueForecast.PriorityForecast p4 = forecast.of(Priority.P4);
        // the 30 P3 tasks are ahead of a P4 task too and drain at 4 − 3 = 1 a minute
        assertThat(p4.expectedWaitSeconds()).isCloseTo((30 + c / 4 / (0.25 * 0.25)) * 60, within(1e-9));
        assertThat(p4.breachProbability()).isEqualTo(1);

        assertThat(forecast.totalProjectedDepth()).isCloseTo(30, within(1e-9));
        assertThat(forecast.stable()).isTrue();
    }

    @Test
    void moreArrivalsThanReviewersCanDecideGrowTheQueue() {
        // scenario 1: 2 reviewers at 120/h face P1 1/min and P2 5/min
        QueueForecast forecast = forecaster.forecast(
                signals(2, 120, Map.of(Priority.P1, load(0, 1), Priority.P2, load(20, 5))), Duration.ofMinutes(10));

        assertThat(forecast.stable()).isFalse();
        assertThat(forecast.of(Priority.P1).stable()).isTrue();
        assertThat(forecast.of(Priority.P2).stable()).isFalse();
        // 40 decided in 10 min: P1 takes 10, P2 30 of its 20 + 50
        assertThat(forecast.of(Priority.P2).projectedDepth()).isCloseTo(40, within(1e-9));
        assertThat(forecast.of(Priority.P2).breachProbability()).isEqualTo(1);
        assertThat(forecast.totalProjectedDepth()).isCloseTo(40, within(1e-9));
    }

    @Test
    void anIdleQueueUsesTheAssumedThroughput() {
        QueueForecast forecast = forecaster.forecast(signals(3, 0, Map.of()));

        assertThat(forecast.throughputMeasured()).isFalse();
        assertThat(forecast.reviewsPerReviewerPerHour()).isEqualTo(100);
        assertThat(forecast.capacityPerHour()).isEqualTo(300);
        assertThat(forecast.of(Priority.P1).breachProbability()).isZero();
        assertThat(forecast.of(Priority.P1).expectedWaitSeconds()).isZero();
    }

    @Test
    void withoutReviewersEverythingWaitsForever() {
        QueueForecast forecast = forecaster.forecast(signals(0, 0, Map.of(Priority.P4, load(3, 0.5))));

        QueueForecast.PriorityForecast p4 = forecast.of(Priority.P4);
        assertThat(forecast.stable()).isFalse();
        assertThat(p4.projectedDepth()).isCloseTo(18, within(1e-9));
        assertThat(p4.expectedWaitSeconds()).isInfinite();
        assertThat(p4.breachProbability()).isEqualTo(1);
    }

    @Test
    void theHorizonMustBePositive() {
        assertThatThrownBy(() -> forecaster.forecast(signals(1, 1, Map.of()), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CapacitySignals signals(int reviewers, double perReviewerPerHour, Map<Priority, PriorityLoad> load) {
        return new CapacitySignals(AT, load, reviewers, 2, perReviewerPerHour, 0.9);
    }

    private static PriorityLoad load(long depth, double arrivalsPerMinute) {
        return new PriorityLoad(depth, 0, arrivalsPerMinute, 0);
    }
}
