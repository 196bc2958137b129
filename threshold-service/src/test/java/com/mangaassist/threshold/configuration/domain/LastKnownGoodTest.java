package com.mangaassist.threshold.configuration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastKnownGoodTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static ThresholdVersion v(long version, Duration after) {
        return new ThresholdVersion(
                TopicCategory.GENERAL, version, new ThresholdSet(0.8, 0.5, 0.3), T0.plus(after), "x", "", "");
    }

    @Test
    void theNewestOlderVersionThatServedLongEnoughIsKnownGood() {
        List<ThresholdVersion> history = List.of(
                v(1, Duration.ZERO),
                v(2, Duration.ofHours(1)),
                v(3, Duration.ofHours(5)),
                v(4, Duration.ofHours(5).plusMinutes(20)));

        assertThat(LastKnownGood.select(history, 4, Duration.ofHours(1)))
                .map(ThresholdVersion::version)
                .contains(2L);
    }

    @Test
    void versionsCutShortAreSkippedAndNoneQualifyingIsEmpty() {
        List<ThresholdVersion> history = List.of(v(1, Duration.ZERO), v(2, Duration.ofMinutes(10)));

        assertThat(LastKnownGood.select(history, 2, Duration.ofHours(1))).isEmpty();
        assertThat(LastKnownGood.select(history, 1, Duration.ofHours(1))).isEmpty();
    }
}
