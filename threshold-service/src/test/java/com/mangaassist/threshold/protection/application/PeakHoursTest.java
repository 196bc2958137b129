package com.mangaassist.threshold.protection.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.application.SeedDefaults;
import com.mangaassist.threshold.protection.domain.PeakProfile;
import com.mangaassist.threshold.testing.ChangeControlFixture;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeakHoursTest {

    private final ChangeControlFixture f = new ChangeControlFixture();
    private final PeakHours peak = new PeakHours(PeakProfile.DEFAULT, f.writer, f.auditor, f.clock);

    @BeforeEach
    void seeded() {
        new SeedDefaults(f.thresholds, f.writer).seed();
    }

    @Test
    void theEveningWindowRelaxesGeneralUntil23JstAndThenItLapses() {
        f.clock.set(Instant.parse("2026-12-04T10:30:00Z")); // 19:30 JST

        assertThat(peak.run()).containsExactly(TopicCategory.GENERAL);
        assertThat(peak.run()).as("placed once").isEmpty();

        var general = f.thresholds.get(TopicCategory.GENERAL);
        assertThat(general.controlThresholds(f.clock.instant()).autoRespondMin())
                .isEqualTo(0.75);
        assertThat(general.overrides().get(0).expiresAt()).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(general.controlThresholds(Instant.parse("2026-12-04T14:00:00Z"))
                        .autoRespondMin())
                .isEqualTo(0.80);
        assertThat(f.trail.actions()).containsExactly("profile:applied");
    }

    @Test
    void outsideTheWindowNothingIsWritten() {
        f.clock.set(Instant.parse("2026-12-04T03:00:00Z")); // 12:00 JST

        assertThat(peak.run()).isEmpty();
        assertThat(f.thresholds.get(TopicCategory.GENERAL).overrides()).isEmpty();
    }
}
