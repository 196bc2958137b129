package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.gameday.DrillContext;
import com.mangaassist.systemtests.gameday.DrillReport;
import com.mangaassist.systemtests.gameday.GameDay;
import com.mangaassist.systemtests.gameday.SuiteEndpoints;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15's game days, shortened to the system tests' time scale (30 s review timeout): each scenario's drill runs
 * against the shared suite exactly as {@code ./game-day --scenario N} runs it against {@code ./run-local}, and the
 * test asserts what the drill established — the alarm condition fired, the checklist pointed at the right component
 * and runbook, the mitigation happened, every customer got an answer, and the incident's timeline lists the events in
 * order (alarm before the runbook run).
 */
class GameDaySystemTest {

    private static final RunningSuite suite = SuiteFixture.suite();

    @ParameterizedTest(name = "scenario {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void theDrillFiresItsAlarmPointsAtTheRunbookMitigatesAndAnswersEveryCustomer(int scenario) {
        DrillReport report = GameDay.run(
                GameDay.DRILLS.get(scenario).get(),
                SuiteEndpoints.of(suite),
                new DrillContext.Timings(SuiteFixture.REVIEW_TIMEOUT, Duration.ofMinutes(3)),
                System.out);

        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.alarm()).as("alarm").isPresent();
        assertThat(report.component()).as("component named by step 1").isPresent();
        assertThat(report.runbooksRecommended()).as("runbooks").isNotEmpty();
        assertThat(report.mitigations()).as("mitigations").isNotEmpty();
        assertThat(report.customersAsked()).isPositive();
        assertThat(report.customersAnswered()).as(report.outcomes().toString()).isEqualTo(report.customersAsked());
        assertThat(report.timelineKinds()).contains("ALARM", "RUNBOOK");
        assertThat(report.timelineKinds().indexOf("ALARM"))
                .isLessThan(report.timelineKinds().lastIndexOf("RUNBOOK"));
        assertThat(report.timeline())
                .hasValueSatisfying(md -> assertThat(md).contains("T+0", "JST", "UTC", "_to be written by a person_"));
        assertThat(report.passed()).as(report.summary()).isTrue();
    }
}
