package com.mangaassist.orchestrator.topic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicPredictionTest {

    @Test
    void theMostProbableTopicWinsWithItsMarginOverTheRunnerUp() {
        Map<TopicCategory, Double> distribution =
                uniformExcept(TopicCategory.REFUND, 0.6, TopicCategory.COMPLAINT, 0.3);

        TopicPrediction prediction = TopicPrediction.of(distribution);

        assertThat(prediction.topic()).isEqualTo(TopicCategory.REFUND);
        assertThat(prediction.probability()).isEqualTo(0.6);
        assertThat(prediction.margin()).isCloseTo(0.3, within(1e-12));
        assertThat(prediction.distribution()).isEqualTo(distribution);
    }

    @Test
    void aTieGoesToTheTopicDeclaredFirstWithZeroMargin() {
        Map<TopicCategory, Double> uniform = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            uniform.put(topic, 1.0 / TopicCategory.values().length);
        }

        TopicPrediction prediction = TopicPrediction.of(uniform);

        assertThat(prediction.topic()).isEqualTo(TopicCategory.GENERAL);
        assertThat(prediction.margin()).isZero();
    }

    @Test
    void aDistributionThatDoesNotSumToOneIsRejected() {
        Map<TopicCategory, Double> distribution = uniformExcept(TopicCategory.LEGAL, 0.9, TopicCategory.REFUND, 0.9);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TopicPrediction.of(distribution))
                .withMessageContaining("sum to 1");
    }

    @Test
    void aDistributionMissingATopicIsRejected() {
        Map<TopicCategory, Double> distribution = new EnumMap<>(TopicCategory.class);
        distribution.put(TopicCategory.GENERAL, 1.0);

        assertThatIllegalArgumentException().isThrownBy(() -> TopicPrediction.of(distribution));
    }

    @Test
    void aProbabilityThatIsNotTheTopicsShareIsRejected() {
        Map<TopicCategory, Double> distribution =
                uniformExcept(TopicCategory.REFUND, 0.6, TopicCategory.COMPLAINT, 0.3);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicPrediction(TopicCategory.COMPLAINT, 0.6, 0.3, distribution));
    }

    @Test
    void theDistributionCannotBeChangedAfterwards() {
        Map<TopicCategory, Double> distribution =
                uniformExcept(TopicCategory.REFUND, 0.6, TopicCategory.COMPLAINT, 0.3);
        TopicPrediction prediction = TopicPrediction.of(distribution);

        distribution.put(TopicCategory.REFUND, 0.0);

        assertThat(prediction.distribution().get(TopicCategory.REFUND)).isEqualTo(0.6);
        assertThat(prediction.distribution()).isUnmodifiable();
    }

    /** first gets p1, second gets p2, the other seven topics share what is left of 1 equally. */
    private static Map<TopicCategory, Double> uniformExcept(
            TopicCategory first, double p1, TopicCategory second, double p2) {
        Map<TopicCategory, Double> distribution = new EnumMap<>(TopicCategory.class);
        double rest = (1.0 - p1 - p2) / (TopicCategory.values().length - 2);
        for (TopicCategory topic : TopicCategory.values()) {
            distribution.put(topic, Math.max(0.0, rest));
        }
        distribution.put(first, p1);
        distribution.put(second, p2);
        return distribution;
    }
}
