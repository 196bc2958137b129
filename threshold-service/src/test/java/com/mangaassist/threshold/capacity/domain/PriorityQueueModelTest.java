package com.mangaassist.threshold.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriorityQueueModelTest {

    @Test
    void oneClassIsErlangC() {
        PriorityQueueModel oneClass = PriorityQueueModel.of(55, 1 / 240.0, 0.2);
        ErlangC erlang = ErlangC.of(55, 0.2, 1 / 240.0);

        assertThat(oneClass.meanWait(0)).isCloseTo(erlang.meanWait(), within(1e-12));
        for (double t : new double[] {0, 5, 15, 60}) {
            assertThat(oneClass.probabilityWaitExceeds(0, t))
                    .isCloseTo(erlang.probabilityWaitExceeds(t), within(1e-12));
        }
    }

    @Test
    void classWaitsAverageToTheFirstComeFirstServedWait() {
        // with one service rate for all classes, priorities reorder waits but do not change their mean
        double[] rates = {0.3, 0.5, 0.2, 0.1};
        PriorityQueueModel model = PriorityQueueModel.of(3, 0.4, rates);
        ErlangC fcfs = ErlangC.of(3, 1.1, 0.4);

        double weighted = 0;
        for (int k = 0; k < rates.length; k++) {
            weighted += rates[k] * model.meanWait(k);
        }
        assertThat(weighted / 1.1).isCloseTo(fcfs.meanWait(), within(1e-12));
        assertThat(model.meanWait(0)).isLessThan(model.meanWait(1));
        assertThat(model.meanWait(1)).isLessThan(model.meanWait(2));
        assertThat(model.meanWait(2)).isLessThan(model.meanWait(3));
    }

    @Test
    void twoClassesOnOneServerFollowCobhamByHand() {
        // M/M/1, μ = 1, λ = (0.2, 0.5): C = ρ = 0.7, W1 = 0.7 / (1 − 0.2), W2 = 0.7 / ((1 − 0.2)(1 − 0.7))
        PriorityQueueModel model = PriorityQueueModel.of(1, 1, 0.2, 0.5);

        assertThat(model.probabilityOfWaiting()).isCloseTo(0.7, within(1e-12));
        assertThat(model.meanWait(0)).isCloseTo(0.875, within(1e-12));
        assertThat(model.meanWait(1)).isCloseTo(0.7 / (0.8 * 0.3), within(1e-12));
        assertThat(model.probabilityWaitExceeds(0, 2)).isCloseTo(0.7 * Math.exp(-2 * 0.7 / 0.875), within(1e-12));
    }

    @Test
    void urgentClassesStayServedWhenTheTotalIsOverloaded() {
        // 50 reviewers × 125/h; P1 2,000/h, P2 5,000/h, P3 11,750/h: three times the capacity in total
        PriorityQueueModel model = PriorityQueueModel.of(50, 125, 2_000, 5_000, 11_750);

        assertThat(model.total().stable()).isFalse();
        assertThat(model.probabilityOfWaiting()).isEqualTo(1);
        assertThat(model.stable(0)).isTrue();
        // P1 waits for the next reviewer to free up plus the P1 tasks ahead: 1 / (cμ (1 − σ1)) hours
        assertThat(model.meanWait(0)).isCloseTo(1 / (6_250 * (1 - 0.32)), within(1e-12));
        assertThat(model.stable(1)).isFalse();
        assertThat(model.meanWait(1)).isInfinite();
        assertThat(model.probabilityWaitExceeds(1, 0.01)).isEqualTo(1);
        assertThat(model.probabilityWaitExceeds(2, 0.01)).isEqualTo(1);
    }

    @Test
    void withoutReviewersEveryClassIsUnstable() {
        PriorityQueueModel model = PriorityQueueModel.of(0, 125, 1, 0);

        assertThat(model.stable(0)).isFalse();
        assertThat(model.stable(1)).isFalse();
        assertThat(model.probabilityWaitExceeds(1, 1)).isEqualTo(1);
    }
}
