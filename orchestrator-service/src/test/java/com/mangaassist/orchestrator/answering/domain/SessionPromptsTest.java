package com.mangaassist.orchestrator.answering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.CanaryCohort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SessionPromptsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final String ID = "answering-system";
    private static final Prompt ACTIVE = new Prompt(ID, 3, "active text");

    private final MutableClock clock = new MutableClock(T0);

    @Test
    void withoutCanaryEverySessionGetsTheActiveVersion() {
        SessionPrompts prompts = new SessionPrompts(id -> PromptVersions.of(ACTIVE), clock);

        assertThat(prompts.forSession(ID, "s-1")).isEqualTo(ACTIVE);
        assertThat(prompts.forSession(ID, "s-1").label()).isEqualTo("answering-system@v3");
    }

    @Test
    void aSessionInTheCohortGetsTheCanaryAndTheOthersTheActiveVersion() {
        PromptCanary canary = new PromptCanary(4, "canary text", 20, T0.plusSeconds(3600), "cr-8");
        SessionPrompts prompts = new SessionPrompts(id -> new PromptVersions(ACTIVE, List.of(canary)), clock);

        List<String> sessions =
                IntStream.range(0, 10_000).mapToObj(i -> "session-" + i).toList();
        long inCanary = sessions.stream()
                .filter(session -> prompts.forSession(ID, session).variant() == PromptVariant.CANARY)
                .count();

        assertThat((double) inCanary).isCloseTo(2000, Offset.offset(200.0));
        for (String session : sessions.subList(0, 300)) {
            Prompt served = prompts.forSession(ID, session);
            if (CanaryCohort.contains("cr-8", session, 20)) {
                assertThat(served).isEqualTo(new Prompt(ID, 4, "canary text", PromptVariant.CANARY));
            } else {
                assertThat(served).isEqualTo(ACTIVE);
            }
            assertThat(prompts.forSession(ID, session)).isEqualTo(served);
        }
    }

    @Test
    void aCanaryEndsExactlyAtItsUntil() {
        PromptCanary canary = new PromptCanary(4, "canary text", 100, T0.plusSeconds(60), "cr-8");
        SessionPrompts prompts = new SessionPrompts(id -> new PromptVersions(ACTIVE, List.of(canary)), clock);

        clock.advance(Duration.ofSeconds(60).minusMillis(1));
        assertThat(prompts.forSession(ID, "s-1").variant()).isEqualTo(PromptVariant.CANARY);

        clock.advance(Duration.ofMillis(1));
        assertThat(prompts.forSession(ID, "s-1")).isEqualTo(ACTIVE);
    }

    @Test
    void ofTwoRunningCanariesServingTheSessionTheHigherVersionWins() {
        PromptVersions versions = new PromptVersions(
                ACTIVE,
                List.of(
                        new PromptCanary(5, "five", 100, T0.plusSeconds(60), "cr-5"),
                        new PromptCanary(4, "four", 100, T0.plusSeconds(60), "cr-4")));

        assertThat(versions.forSession(T0, "s-1").version()).isEqualTo(5);
    }

    @Test
    void theBuiltInTextIsVersionZeroAndNegativeVersionsAreRefused() {
        assertThat(new Prompt(ID, 0, "built in").label()).isEqualTo("answering-system@v0");
        assertThatThrownBy(() -> new Prompt(ID, -1, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActiveVersionMustBeActiveAndACanaryValid() {
        assertThatThrownBy(() -> PromptVersions.of(new Prompt(ID, 4, "x", PromptVariant.CANARY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromptCanary(0, "x", 10, T0, "cr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromptCanary(4, "x", 101, T0, "cr")).isInstanceOf(IllegalArgumentException.class);
    }
}
