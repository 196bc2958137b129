package com.mangaassist.console.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void aWeekRunsFromMondayMidnightInJapanToTheNextMonday() {
        IsoWeek week = IsoWeek.parse("2026-W49").orElseThrow();

        assertThat(week.monday()).hasToString("2026-11-30");
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-06T15:00:00Z"));
        assertThat(week).hasToString("2026-W49");
    }

    @Test
    void onlyWeeksTheYearHasAreWeeks() {
        assertThat(IsoWeek.parse("2026-W53"))
                .as("2026 begins on a Thursday: 53 weeks")
                .isPresent();
        assertThat(IsoWeek.parse("2025-W53")).as("2025 has 52").isEmpty();
        assertThat(IsoWeek.parse("2026-W00")).isEmpty();
        assertThat(IsoWeek.parse("2026-49")).isEmpty();
        assertThat(IsoWeek.parse("2026-w49")).isEmpty();
        assertThat(IsoWeek.parse(" 2026-W49")).isEmpty();
        assertThat(IsoWeek.parse(null)).isEmpty();
        assertThat(IsoWeek.parse("2026-W53").orElseThrow().end())
                .as("2026-W53 ends on Monday 2027-01-04 JST")
                .isEqualTo(Instant.parse("2027-01-03T15:00:00Z"));
    }

    @Test
    void theWeekOfAnInstantIsJapansAndTheLastCompleteOneIsTheWeekBefore() {
        // Sunday 23:30 UTC is already Monday 08:30 in Japan
        Instant mondayMorningJst = Instant.parse("2026-12-06T23:30:00Z");
        assertThat(IsoWeek.containing(mondayMorningJst)).hasToString("2026-W50");
        assertThat(IsoWeek.lastComplete(mondayMorningJst)).hasToString("2026-W49");
        assertThat(IsoWeek.parse("2027-W01").orElseThrow().previous()).hasToString("2026-W53");
    }
}
