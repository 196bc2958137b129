package com.mangaassist.threshold.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import org.junit.jupiter.api.Test;

class RelaxationTest {

    static final Relaxation ELEVATED = new Relaxation(0.10, 0.70);
    static final Relaxation CRITICAL = new Relaxation(0.15, 0.60);

    @Test
    void elevatedLowersTheAutoRespondMinimumByATenth() {
        assertThat(ELEVATED.relax(TopicCategory.GENERAL, new ThresholdSet(0.85, 0.6, 0.3)))
                .contains(new ThresholdSet(0.75, 0.6, 0.3));
    }

    @Test
    void criticalLowersByFifteenHundredthsInExactDecimals() {
        assertThat(CRITICAL.relax(TopicCategory.PRODUCT_INFO, new ThresholdSet(0.80, 0.5, 0.2)))
                .contains(new ThresholdSet(0.65, 0.5, 0.2));
    }

    @Test
    void theFloorStopsTheLowering() {
        assertThat(ELEVATED.relax(TopicCategory.AVAILABILITY, new ThresholdSet(0.75, 0.5, 0.2)))
                .contains(new ThresholdSet(0.70, 0.5, 0.2));
        assertThat(CRITICAL.relax(TopicCategory.AVAILABILITY, new ThresholdSet(0.70, 0.5, 0.2)))
                .contains(new ThresholdSet(0.60, 0.5, 0.2));
    }

    @Test
    void aMinimumAlreadyBelowTheFloorIsNeverRaised() {
        ThresholdSet low = new ThresholdSet(0.65, 0.5, 0.2);

        assertThat(ELEVATED.relax(TopicCategory.RECOMMENDATION, low)).contains(low);
    }

    @Test
    void reviewAndHandoffBoundsFollowOnlyAsFarAsTheOrderRequires() {
        assertThat(ELEVATED.relax(TopicCategory.RARE_MANGA, new ThresholdSet(0.80, 0.78, 0.75)))
                .contains(new ThresholdSet(0.70, 0.70, 0.70));
        assertThat(ELEVATED.relax(TopicCategory.RARE_MANGA, new ThresholdSet(0.80, 0.74, 0.65)))
                .contains(new ThresholdSet(0.70, 0.70, 0.65));
    }

    @Test
    void protectedCategoriesAreNeverRelaxed() {
        ThresholdSet strict = new ThresholdSet(0.95, 0.7, 0.4);

        for (TopicCategory category :
                new TopicCategory[] {TopicCategory.REFUND, TopicCategory.COMPLAINT, TopicCategory.LEGAL}) {
            assertThat(CRITICAL.relax(category, strict)).as(category.code()).isEmpty();
        }
        assertThat(CRITICAL.relax(TopicCategory.ORDER_STATUS, strict)).contains(new ThresholdSet(0.80, 0.7, 0.4));
    }

    @Test
    void amountAndFloorAreValidated() {
        assertThatThrownBy(() -> new Relaxation(0, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation(-0.1, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation(0.1, 1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation(0.1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
