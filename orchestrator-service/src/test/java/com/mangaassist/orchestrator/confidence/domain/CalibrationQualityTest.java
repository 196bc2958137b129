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
    void theBinsAreTheReliabilityDiagram() {
        List<ReviewOutcome> outcomes = List.of(
                new ReviewOutcome(0.82, true),
                new ReviewOutcome(0.88, false),
                new ReviewOutcome(0.86, true),
                new ReviewOutcome(1.0, true),
                new ReviewOutcome(0.2, false));

        List<CalibrationQuality.Bin> bins =
                CalibrationQuality.of(outcomes, raw -> raw).bins();

        assertThat(bins).hasSize(10);
        CalibrationQuality.Bin eight = bins.get(8);
        assertThat(eight.from()).isEqualTo(0.8);
        assertThat(eight.count()).isEqualTo(3);
        assertThat(eight.meanPredicted()).isCloseTo(0.85333, within(1e-4));
        assertThat(eight.observedRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(bins.get(9).count()).isEqualTo(1); // 1.0 falls in the last bin
        assertThat(bins.get(2).observedRate()).isZero();
        assertThat(bins.get(5).count()).isZero();
        assertThat(bins.get(5).meanPredicted()).isNaN();
    }

    @Test
    void noOutcomesMeansUnknownQuality() {
        CalibrationQuality quality = CalibrationQuality.of(List.of(), raw -> raw);

        assertThat(quality.samples()).isZero();
        assertThat(quality.brierScore()).isNaN();
        assertThat(quality.bins())
                .hasSize(10)
                .allSatisfy(bin -> assertThat(bin.count()).isZero());
    }
}
