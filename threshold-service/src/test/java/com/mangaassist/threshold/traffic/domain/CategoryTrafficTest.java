package com.mangaassist.threshold.traffic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CategoryTrafficTest {

    @Test
    void escalationRateIsReviewPlusHandoffOverTurns() {
        assertThat(CategoryTraffic.escalationRate(1000, 100, 23)).isCloseTo(0.123, within(1e-12));
    }

    @Test
    void everyTurnAutoAnsweredIsRateZero() {
        assertThat(CategoryTraffic.escalationRate(40, 0, 0)).isZero();
    }

    @Test
    void noTurnsIsNoRateRatherThanZero() {
        assertThat(CategoryTraffic.escalationRate(0, 0, 0)).isNull();
    }
}
