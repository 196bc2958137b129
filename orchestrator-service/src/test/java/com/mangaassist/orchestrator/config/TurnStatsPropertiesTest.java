package com.mangaassist.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.orchestrator.config.TurnStatsConfiguration.TurnStatsProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TurnStatsPropertiesTest {

    @Test
    void unsetSettingsTakeTheContractsDefaults() {
        TurnStatsProperties properties = new TurnStatsProperties(null, null, null, null);

        assertThat(properties.flushInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0.5S", "PT1.5S", "PT11M", "PT0S", "-PT10S"})
    void aFlushIntervalThatIsNotWholeSecondsInRangeIsRefused(String interval) {
        assertThatThrownBy(() -> new TurnStatsProperties(Duration.parse(interval), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mangaassist.turn-stats.flush-interval");
    }

    @Test
    void aRetentionOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new TurnStatsProperties(null, Duration.ofMinutes(30), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mangaassist.turn-stats.retention");
    }

    @Test
    void theEscalationWindowDefaultsToFiveMinutesAndTwentyTurnsAndRefusesNonsense() {
        TurnStatsProperties defaults = new TurnStatsProperties(null, null, null, null);
        assertThat(defaults.escalationWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.escalationMinimumTurns()).isEqualTo(20L);

        assertThatThrownBy(() -> new TurnStatsProperties(null, null, Duration.ofSeconds(30), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mangaassist.turn-stats.escalation-window");
        assertThatThrownBy(() -> new TurnStatsProperties(null, null, null, 0L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mangaassist.turn-stats.escalation-minimum-turns");
    }
}
