package com.mangaassist.orchestrator.confidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.TopicCategory.Risk;
import org.junit.jupiter.api.Test;

class PriorConfidenceModelTest {

    private final PriorConfidenceModel model = new PriorConfidenceModel();

    @Test
    void wellSupportedGroundedLowRiskAnswerScoresHigh() {
        assertThat(model.score(new ConfidenceFeatures(0.9, 1.0, 0.9, 0.8, Risk.LOW, true)))
                .isGreaterThan(0.9);
    }

    @Test
    void sameAnswerOnAHighRiskTopicScoresLower() {
        double low = model.score(new ConfidenceFeatures(0.9, 1.0, 0.9, 0.8, Risk.LOW, true));
        double high = model.score(new ConfidenceFeatures(0.9, 1.0, 0.9, 0.8, Risk.HIGH, true));

        assertThat(high).isLessThan(low - 0.1);
    }

    @Test
    void failedGroundingPullsTheScoreDown() {
        double grounded = model.score(new ConfidenceFeatures(0.9, 1.0, 0.9, 0.8, Risk.LOW, true));
        double wrong = model.score(new ConfidenceFeatures(0.9, 0.0, 0.9, 0.8, Risk.LOW, true));

        assertThat(wrong).isLessThan(grounded - 0.3);
    }

    @Test
    void invalidModelOutputIsNeverConfident() {
        assertThat(model.score(new ConfidenceFeatures(1.0, 1.0, 1.0, 1.0, Risk.LOW, false)))
                .isLessThanOrEqualTo(0.2);
    }
}
