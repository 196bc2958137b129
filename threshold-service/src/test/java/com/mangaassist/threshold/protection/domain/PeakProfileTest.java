package com.mangaassist.threshold.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeakProfileTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final PeakProfile peak = PeakProfile.DEFAULT;

    /** 2026-11-28 at {@code time} in Tokyo (UTC+9). */
    static Instant jst(String time) {
        return Instant.parse("2026-11-28T" + time + ":00+09:00");
    }

    @Test
    void theDefaultIsScenarioOnesEveningPeak() {
        assertThat(peak.zone()).isEqualTo(TOKYO);
        assertThat(peak.start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(peak.end()).isEqualTo(LocalTime.of(23, 0));
        assertThat(peak.autoRespondMin()).isEqualTo(Map.of(TopicCategory.GENERAL, 0.75));
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        assertThat(peak.inForce(jst("18:59"))).isFalse();
        assertThat(peak.inForce(jst("19:00"))).isTrue();
        assertThat(peak.inForce(jst("20:15"))).isTrue();
        assertThat(peak.inForce(jst("22:59"))).isTrue();
        assertThat(peak.inForce(jst("23:00"))).isFalse();
        assertThat(peak.inForce(Instant.parse("2026-11-28T10:00:00Z"))).isTrue();
        assertThat(peak.inForce(Instant.parse("2026-11-28T09:59:59Z"))).isFalse();
    }

    @Test
    void theWindowEndsAtElevenPmTokyoTime() {
        assertThat(peak.windowEnd(jst("20:15"))).contains(Instant.parse("2026-11-28T14:00:00Z"));
        assertThat(peak.windowEnd(jst("19:00"))).contains(jst("23:00"));
        assertThat(peak.windowEnd(jst("23:00"))).isEmpty();
        assertThat(peak.windowEnd(jst("08:00"))).isEmpty();
    }

    @Test
    void aWindowPastMidnightEndsTheNextMorning() {
        PeakProfile lateNight =
                new PeakProfile(TOKYO, LocalTime.of(22, 0), LocalTime.of(2, 0), Map.of(TopicCategory.GENERAL, 0.75));

        assertThat(lateNight.crossesMidnight()).isTrue();
        assertThat(lateNight.inForce(jst("21:59"))).isFalse();
        assertThat(lateNight.inForce(jst("22:00"))).isTrue();
        assertThat(lateNight.inForce(jst("23:59"))).isTrue();
        assertThat(lateNight.inForce(jst("00:00"))).isTrue();
        assertThat(lateNight.inForce(jst("01:59"))).isTrue();
        assertThat(lateNight.inForce(jst("02:00"))).isFalse();
        assertThat(lateNight.inForce(jst("12:00"))).isFalse();
        assertThat(lateNight.windowEnd(jst("23:30"))).contains(Instant.parse("2026-11-29T02:00:00+09:00"));
        assertThat(lateNight.windowEnd(jst("01:00"))).contains(Instant.parse("2026-11-28T02:00:00+09:00"));
    }

    @Test
    void tokyoHasNoDaylightSavingSoTheWindowIsTheSameUtcHoursAllYear() {
        for (String date : new String[] {"2026-01-15", "2026-03-08", "2026-03-29", "2026-07-01", "2026-11-01"}) {
            assertThat(peak.inForce(Instant.parse(date + "T10:00:00Z")))
                    .as(date)
                    .isTrue();
            assertThat(peak.inForce(Instant.parse(date + "T09:59:00Z")))
                    .as(date)
                    .isFalse();
            assertThat(peak.windowEnd(Instant.parse(date + "T12:00:00Z")))
                    .as(date)
                    .contains(Instant.parse(date + "T14:00:00Z"));
        }
    }

    @Test
    void generalQuestionsAreAnsweredFromPointSevenFiveDuringThePeak() {
        assertThat(peak.relaxed(TopicCategory.GENERAL, new ThresholdSet(0.85, 0.6, 0.3)))
                .contains(new ThresholdSet(0.75, 0.6, 0.3));
    }

    @Test
    void theProfileNeverRaisesAMinimum() {
        ThresholdSet alreadyLow = new ThresholdSet(0.72, 0.6, 0.3);

        assertThat(peak.relaxed(TopicCategory.GENERAL, alreadyLow)).contains(alreadyLow);
    }

    @Test
    void lowerBoundsFollowOnlyAsFarAsTheOrderRequires() {
        PeakProfile low =
                new PeakProfile(TOKYO, LocalTime.of(19, 0), LocalTime.of(23, 0), Map.of(TopicCategory.GENERAL, 0.5));

        assertThat(low.relaxed(TopicCategory.GENERAL, new ThresholdSet(0.85, 0.6, 0.3)))
                .contains(new ThresholdSet(0.5, 0.5, 0.3));
    }

    @Test
    void categoriesOutsideTheProfileAndProtectedOnesAreLeftAlone() {
        ThresholdSet active = new ThresholdSet(0.9, 0.7, 0.4);

        assertThat(peak.relaxed(TopicCategory.PRODUCT_INFO, active)).isEmpty();
        assertThat(peak.relaxed(TopicCategory.REFUND, active)).isEmpty();
        assertThat(peak.relaxed(TopicCategory.COMPLAINT, active)).isEmpty();
        assertThat(peak.relaxed(TopicCategory.LEGAL, active)).isEmpty();
    }

    @Test
    void aProfileMayNotNameAProtectedCategoryOrAnEmptyWindow() {
        assertThatThrownBy(() -> new PeakProfile(
                        TOKYO, LocalTime.of(19, 0), LocalTime.of(23, 0), Map.of(TopicCategory.REFUND, 0.75)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refund is protected");
        assertThatThrownBy(() -> new PeakProfile(
                        TOKYO, LocalTime.of(19, 0), LocalTime.of(19, 0), Map.of(TopicCategory.GENERAL, 0.75)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PeakProfile(
                        TOKYO, LocalTime.of(19, 0), LocalTime.of(23, 0), Map.of(TopicCategory.GENERAL, 1.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
