package com.mangaassist.orchestrator.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicThresholdsTest {

    private static final ThresholdSet SET = new ThresholdSet(0.8, 0.5, 0.2);
    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");

    @Test
    void aStoredVersionIsNotTheDefault() {
        assertThat(new TopicThresholds(TopicCategory.GENERAL, SET, 3, T0, "ml-lead").isDefault())
                .isFalse();
    }

    @Test
    void negativeVersionIsRefused() {
        assertThatThrownBy(() -> new TopicThresholds(TopicCategory.GENERAL, SET, -1, T0, "ml-lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must not be negative: -1");
    }

    @Test
    void blankAuthorIsRefused() {
        assertThatThrownBy(() -> new TopicThresholds(TopicCategory.GENERAL, SET, 1, T0, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("updatedBy must not be blank");
    }
}
