package com.mangaassist.threshold.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewSlasTest {

    @Test
    void defaultsAreTheContractsSlas() {
        ReviewSlas slas = ReviewSlas.defaults();

        assertThat(slas.seconds(Priority.P1)).isEqualTo(60);
        assertThat(slas.seconds(Priority.P2)).isEqualTo(120);
        assertThat(slas.seconds(Priority.P3)).isEqualTo(180);
        assertThat(slas.seconds(Priority.P4)).isEqualTo(300);
    }

    @Test
    void theWaitBudgetLeavesTimeToHandleTheReview() {
        ReviewSlas slas = ReviewSlas.defaults();

        assertThat(slas.waitBudgetSeconds(Priority.P1, 28.8))
                .isCloseTo(31.2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(slas.waitBudgetSeconds(Priority.P1, 90)).isZero();
        assertThat(slas.waitBudgetSeconds(Priority.P4, Double.POSITIVE_INFINITY))
                .isZero();
    }

    @Test
    void aLowerPriorityCannotHaveAShorterSla() {
        assertThatThrownBy(() -> new ReviewSlas(Map.of(
                        Priority.P1, Duration.ofSeconds(60),
                        Priority.P2, Duration.ofSeconds(30),
                        Priority.P3, Duration.ofSeconds(180),
                        Priority.P4, Duration.ofSeconds(300))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewSlas(Map.of(Priority.P1, Duration.ofSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
