package com.mangaassist.orchestrator.confidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsotonicCalibrationTest {

    @Test
    void overconfidentScoresAreMappedToTheObservedApprovalRate() {
        // raw 0.9 is approved only 60% of the time, raw 0.3 only 10%
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            outcomes.add(new ReviewOutcome(0.9, i < 60));
            outcomes.add(new ReviewOutcome(0.3, i < 10));
        }

        IsotonicCalibration calibration = IsotonicCalibration.fit(outcomes);

        assertThat(calibration.apply(0.9)).isCloseTo(0.6, within(1e-9));
        assertThat(calibration.apply(0.3)).isCloseTo(0.1, within(1e-9));
        assertThat(calibration.apply(0.6)).isCloseTo(0.35, within(1e-9));
    }

    @Test
    void calibrationIsMonotoneEvenWhenOutcomesAreNot() {
        Random random = new Random(7);
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double raw = random.nextDouble();
            outcomes.add(new ReviewOutcome(raw, random.nextDouble() < raw * raw));
        }

        IsotonicCalibration calibration = IsotonicCalibration.fit(outcomes);

        double previous = -1;
        for (double raw = 0; raw <= 1.0; raw += 0.01) {
            double p = calibration.apply(raw);
            assertThat(p).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = p;
        }
    }

    @Test
    void calibratingReducesTheExpectedCalibrationErrorOfASkewedModel() {
        Random random = new Random(11);
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double raw = random.nextDouble();
            outcomes.add(new ReviewOutcome(raw, random.nextDouble() < raw * raw));
        }

        CalibrationQuality before = CalibrationQuality.of(outcomes, raw -> raw);
        CalibrationQuality after = CalibrationQuality.of(outcomes, IsotonicCalibration.fit(outcomes)::apply);

        assertThat(after.expectedCalibrationError()).isLessThan(before.expectedCalibrationError() / 3);
        assertThat(after.brierScore()).isLessThan(before.brierScore());
        assertThat(after.samples()).isEqualTo(2000);
    }

    @Test
    void outcomesWithTheSameRawScoreArePooledWhateverTheirOrder() {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            outcomes.add(new ReviewOutcome(0.9, i % 3 != 0));
        }

        assertThat(IsotonicCalibration.fit(outcomes).apply(0.9)).isCloseTo(2.0 / 3, within(1e-9));
    }
}
