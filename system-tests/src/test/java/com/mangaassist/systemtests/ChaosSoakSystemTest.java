package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.chaos.ChaosSoak;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the chaos soak on the shared suite, ten minutes by default ({@code -Dmangaassist.soak.minutes=N}):
 * every service SIGKILLed and restarted in turn, Redis replaced, the DynamoDB and Step Functions stand-ins
 * paused, under steady mixed load; then nothing lost, nothing shown twice, no review task left open, every
 * dead-letter queue empty. Runs second to last: the services it restarts serve only the log scan after it.
 */
@Order(Integer.MAX_VALUE - 1)
class ChaosSoakSystemTest {

    @Test
    void everyTurnHasExactlyOneOutcomeThroughKillsRestartsAndPauses() {
        long minutes = Long.getLong("mangaassist.soak.minutes", 10);
        ChaosSoak.Options options = new ChaosSoak.Options(
                Duration.ofMinutes(minutes),
                20,
                Duration.ofSeconds(6),
                6,
                Duration.ofSeconds(3),
                Duration.ofSeconds(60),
                SuiteFixture.REVIEW_TIMEOUT,
                0.15);

        ChaosSoak.Result result = new ChaosSoak(SuiteFixture.suite(), options, System.out).run();

        assertThat(result.faults()).as("faults applied").hasSizeGreaterThanOrEqualTo((int) minutes - 1);
        assertThat(result.events())
                .as("no fault failed to apply")
                .noneSatisfy((what, count) -> assertThat(what).startsWith("fault failed"));
        assertThat(result.turns()).as("load held").isGreaterThan((int) (minutes * 60));
        assertThat(result.lost())
                .as("turns without a final outcome\n" + result.report())
                .isZero();
        assertThat(result.shownTwice())
                .as("turns shown twice\n" + result.report())
                .isZero();
        assertThat(result.unattributed())
                .as("final frames no turn owns\n" + result.report())
                .isZero();
        assertThat(result.reviewTasksOpen())
                .as("review tasks open after the drain")
                .isZero();
        assertThat(result.deadLetters().values()).as("dead letters").allMatch(count -> count == 0);
    }
}
