package com.mangaassist.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdSetTest {

    @Test
    void orderedValuesInTheUnitIntervalAreAccepted() {
        ThresholdSet set = new ThresholdSet(0.8, 0.55, 0.3);

        assertThat(set.autoRespondMin()).isEqualTo(0.8);
        assertThat(set.reviewMin()).isEqualTo(0.55);
        assertThat(set.handoffBelow()).isEqualTo(0.3);
    }

    @Test
    void equalBoundsAndTheEndsOfTheIntervalAreAccepted() {
        assertThat(new ThresholdSet(0.5, 0.5, 0.5)).isNotNull();
        assertThat(new ThresholdSet(1.0, 1.0, 0.0)).isNotNull();
        assertThat(new ThresholdSet(0.0, 0.0, 0.0)).isNotNull();
    }

    @Test
    void autoRespondBelowReviewIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new ThresholdSet(0.5, 0.6, 0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("autoRespondMin (0.5) must not be below reviewMin (0.6)");
    }

    @Test
    void reviewBelowHandoffIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new ThresholdSet(0.8, 0.3, 0.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reviewMin (0.3) must not be below handoffBelow (0.4)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void autoRespondOutsideTheUnitIntervalIsRefused(double value) {
        assertThatThrownBy(() -> new ThresholdSet(value, 0.5, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("autoRespondMin must be in [0, 1]: " + value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void reviewOutsideTheUnitIntervalIsRefused(double value) {
        assertThatThrownBy(() -> new ThresholdSet(1.0, value, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reviewMin must be in [0, 1]: " + value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void handoffOutsideTheUnitIntervalIsRefused(double value) {
        assertThatThrownBy(() -> new ThresholdSet(1.0, 1.0, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("handoffBelow must be in [0, 1]: " + value);
    }
}
