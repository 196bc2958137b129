package com.mangaassist.orchestrator.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultThresholdsTest {

    @ParameterizedTest
    @CsvSource({
        "GENERAL,        0.80, 0.55, 0.30",
        "PRODUCT_INFO,   0.80, 0.55, 0.30",
        "AVAILABILITY,   0.80, 0.55, 0.30",
        "RECOMMENDATION, 0.80, 0.55, 0.30",
        "RARE_MANGA,     0.85, 0.55, 0.30",
        "ORDER_STATUS,   0.88, 0.55, 0.30",
        "REFUND,         0.97, 0.40, 0.20",
        "COMPLAINT,      0.97, 0.40, 0.20",
        "LEGAL,          0.97, 0.40, 0.20"
    })
    void everyTopicHasItsDocumentedDefault(TopicCategory topic, double auto, double review, double handoff) {
        assertThat(DefaultThresholds.of(topic)).isEqualTo(new ThresholdSet(auto, review, handoff));
    }

    @ParameterizedTest
    @EnumSource(TopicCategory.class)
    void theDefaultIsVersionZeroByTheDefaultSeed(TopicCategory topic) {
        TopicThresholds seed = TopicThresholds.defaults(topic);

        assertThat(seed.topic()).isEqualTo(topic);
        assertThat(seed.version()).isZero();
        assertThat(seed.isDefault()).isTrue();
        assertThat(seed.updatedBy()).isEqualTo("default-seed");
        assertThat(seed.updatedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void highRiskTopicsAutoRespondOnlyWhenNearlyCertain() {
        for (TopicCategory topic : TopicCategory.values()) {
            if (topic.risk() == TopicCategory.Risk.HIGH) {
                assertThat(DefaultThresholds.of(topic).autoRespondMin()).isGreaterThanOrEqualTo(0.97);
            }
        }
    }
}
