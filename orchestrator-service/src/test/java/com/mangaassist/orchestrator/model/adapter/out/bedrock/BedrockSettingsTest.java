package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BedrockSettingsTest {

    private static final BedrockSettings.Model HAIKU = new BedrockSettings.Model("haiku", 0.25, 1.25);
    private static final BedrockSettings.Model SONNET = new BedrockSettings.Model("sonnet", 3.0, 15.0);

    private static BedrockSettings settings(Duration timeout, Duration slowCall) {
        return new BedrockSettings(
                HAIKU,
                SONNET,
                0.1,
                1500,
                timeout,
                new BedrockSettings.Breaker(50, 50, slowCall, 20, 10, Duration.ofSeconds(30), 3),
                32);
    }

    @Test
    void defaultsOfTwoPointFourSecondsAndTwoSecondSlowCallsAreValid() {
        assertThat(settings(Duration.ofMillis(2400), Duration.ofSeconds(2)).timeout())
                .isEqualTo(Duration.ofMillis(2400));
    }

    @Test
    void timeoutOfTheWholeTurnBudgetIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Duration.ofMillis(2500), Duration.ofSeconds(2)))
                .withMessageContaining("timeout must be below PT2.5S");
    }

    @Test
    void slowCallThresholdAtOrAboveTheTimeoutIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(Duration.ofSeconds(2), Duration.ofSeconds(2)))
                .withMessageContaining("must be below the timeout");
    }

    @Test
    void modelWithoutAPriceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BedrockSettings.Model("haiku", 0.0, 1.25))
                .withMessageContaining("prices of haiku must be positive");
    }

    @Test
    void costIsPerMillionInputAndOutputTokens() {
        assertThat(SONNET.costUsd(1_000_000, 1_000_000)).isEqualTo(18.0);
        assertThat(HAIKU.costUsd(2000, 400)).isEqualTo(0.001);
    }
}
