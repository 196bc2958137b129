package com.mangaassist.orchestrator.confidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationQualityTest {

    @Test
    void brierAndExpectedCalibrationErrorMatchHandComputedValues() {
        List<ReviewOutcome> outcomes =
                List.of(new ReviewOutcome(0.8, true), new ReviewOutcome(0.8, false), new ReviewOutcome(0.2, false));

        CalibrationQuality quality = CalibrationQuality.of(outcomes, raw -> raw);

        // Brier: ((0.2)^2 + (0.8)^2 + (0.2)^2) / 3 = 0.24
        assertThat(quality.brierScore()).isCloseTo(0.24, within(1e-9));
        // bin 0.8: predicted 1.6, observed 1 → 0.6/3; bin 0.2: predicted 0.2, observed 0 → 0.2/3
        assertThat(quality.expectedCalibrationError()).isCloseTo(0.8 / 3, within(1e-9));
    }

    @Test
    void noOutcomesMeansUnknownQuality() {
        CalibrationQuality quality = CalibrationQuality.of(List.of(), raw -> raw);

        assertThat(quality.samples()).isZero();
        assertThat(quality.brierScore()).isNaN();
    }
}
