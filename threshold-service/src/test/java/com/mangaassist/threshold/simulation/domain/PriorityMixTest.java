package com.mangaassist.threshold.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityMixTest {

    @Test
    void defaultsFollowTheRoutersRulesWithTwoPercentVips() {
        PriorityMix mix = PriorityMix.defaults();

        assertThat(mix.share(TopicCategory.REFUND, Priority.P1)).isEqualTo(1);
        assertThat(mix.share(TopicCategory.COMPLAINT, Priority.P1)).isEqualTo(0.02);
        assertThat(mix.share(TopicCategory.COMPLAINT, Priority.P2)).isEqualTo(0.98);
        assertThat(mix.share(TopicCategory.LEGAL, Priority.P2)).isEqualTo(0.98);
        assertThat(mix.share(TopicCategory.ORDER_STATUS, Priority.P2)).isEqualTo(0.98);
        assertThat(mix.share(TopicCategory.RARE_MANGA, Priority.P3)).isEqualTo(0.98);
        assertThat(mix.share(TopicCategory.GENERAL, Priority.P4)).isEqualTo(0.98);
        assertThat(mix.share(TopicCategory.GENERAL, Priority.P1)).isEqualTo(0.02);
    }

    @Test
    void lowBandReviewsDropOneStepButP1Stays() {
        PriorityMix mix = PriorityMix.defaults();

        assertThat(mix.lowBandShare(TopicCategory.REFUND, Priority.P1)).isEqualTo(1);
        assertThat(mix.lowBandShare(TopicCategory.COMPLAINT, Priority.P1)).isEqualTo(0.02);
        assertThat(mix.lowBandShare(TopicCategory.COMPLAINT, Priority.P2)).isZero();
        assertThat(mix.lowBandShare(TopicCategory.COMPLAINT, Priority.P3)).isEqualTo(0.98);
        assertThat(mix.lowBandShare(TopicCategory.RARE_MANGA, Priority.P4)).isEqualTo(0.98);
        assertThat(mix.lowBandShare(TopicCategory.GENERAL, Priority.P4)).isEqualTo(0.98);
    }

    @Test
    void paymentQuestionsAndPurchaseHistoryMoveShares() {
        PriorityMix mix = PriorityMix.routerRules(0.1, 0.5, 0.25);

        assertThat(mix.share(TopicCategory.ORDER_STATUS, Priority.P1)).isCloseTo(0.1 + 0.45, within(1e-12));
        assertThat(mix.share(TopicCategory.ORDER_STATUS, Priority.P2)).isCloseTo(0.45, within(1e-12));
        assertThat(mix.share(TopicCategory.AVAILABILITY, Priority.P3)).isCloseTo(0.225, within(1e-12));
        assertThat(mix.share(TopicCategory.AVAILABILITY, Priority.P4)).isCloseTo(0.675, within(1e-12));
        for (TopicCategory category : TopicCategory.values()) {
            double sum = 0;
            for (Priority priority : Priority.values()) {
                sum += mix.share(category, priority);
            }
            assertThat(sum).as(category.code()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void explicitSharesMustAddUpToOne() {
        assertThatThrownBy(() -> PriorityMix.of(Map.of(TopicCategory.GENERAL, Map.of(Priority.P1, 0.5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriorityMix.routerRules(1.5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
