package com.mangaassist.console.oncall.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.AlarmReading;
import com.mangaassist.console.oncall.domain.Checklist;
import com.mangaassist.console.oncall.domain.ChecklistPolicy;
import com.mangaassist.console.oncall.domain.ChecklistStep;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.IncidentEvent;
import com.mangaassist.console.oncall.domain.Signals;
import com.mangaassist.console.oncall.domain.Status;
import com.mangaassist.model.alarms.RunbookAlarms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationChecklistTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeSuite suite = new FakeSuite();
    private final List<Signals.Execution> executions = new ArrayList<>();
    private Fetched<List<Signals.Execution>> executionsRead = null;
    private final InMemoryIncidents store = new InMemoryIncidents();
    private final IncidentDesk desk = new IncidentDesk(store, suite, clock);
    private final EscalationChecklist checklist = new EscalationChecklist(
            suite,
            since -> executionsRead != null ? executionsRead : Fetched.of(List.copyOf(executions)),
            desk,
            ChecklistPolicy.defaults(),
            clock);

    private Checklist evaluate() {
        return checklist.evaluate("token", "oc-1", true);
    }

    @Test
    void aCalmSuiteIsOkOnEveryStepAndOpensNoIncident() {
        Checklist result = evaluate();

        assertThat(result.steps()).extracting(ChecklistStep::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(result.steps())
                .allSatisfy(step -> assertThat(step.status())
                        .as("step %d: %s", step.step(), step.recommendation())
                        .isEqualTo(Status.OK));
        assertThat(result.overall()).isEqualTo(Status.OK);
        assertThat(result.firing()).isEmpty();
        assertThat(store.incidents).isEmpty();
        assertThat(suite.dryRuns).isEmpty();
    }

    @Test
    void everyGaugeAlarmOfTheCatalogueIsJudgedAndCountersAndAwsMetricsAreSaidNotToBe() {
        List<AlarmReading> alarms = evaluate().alarms();

        assertThat(alarms).hasSize(RunbookAlarms.all().size());
        assertThat(alarms.stream().filter(a -> a.holds().isPresent()))
                .extracting(AlarmReading::alarm)
                .contains(
                        "ReviewQueueDepth-Critical",
                        "EscalationRateAnomaly",
                        "FeedbackQualityGateRed",
                        "PromisesOverdue")
                .doesNotContain("ModelErrors-fast", "DlqNotEmpty-deliveries-dlq");
        assertThat(alarms)
                .filteredOn(a -> a.alarm().equals("ModelErrors-fast"))
                .singleElement()
                .satisfies(a -> assertThat(a.note()).contains("counter"));
    }

    @Test
    void aQueueOverTheCatalogueDepthActsAndRecommendsRelaxationWithItsDryRunPreFilled() {
        suite.queue = Fetched.of(FakeSuite.queue(51, 10, 0, 0, 3, 2));

        Checklist result = evaluate();

        assertThat(result.step(2).status()).isEqualTo(Status.ACT);
        assertThat(result.step(2).evidence()).containsEntry("depth", 51L);
        ChecklistStep relax = result.step(8);
        assertThat(relax.status()).isEqualTo(Status.ACT);
        assertThat(relax.runbook()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("emergency-relaxation");
            assertThat(r.service()).isEqualTo(Upstream.THRESHOLDS);
            assertThat(r.actuatorPath()).isEqualTo("/actuator/runbooks/emergency-relaxation");
            assertThat(r.parameters()).containsEntry("autoRespondMin", "0.7").containsEntry("durationMinutes", "120");
            assertThat(r.reason()).contains("ReviewQueueDepth-Critical");
            assertThat(r.dryRun()).hasValueSatisfying(d -> assertThat(d).containsEntry("matched", 7));
        });
        assertThat(suite.dryRuns)
                .containsExactly("thresholds emergency-relaxation {autoRespondMin=0.7, durationMinutes=120}");
    }

    @Test
    void exactlyTheCatalogueDepthIsNotYetABacklogButHalfOfItNeedsAttention() {
        suite.queue = Fetched.of(FakeSuite.queue(50, 10, 0, 0, 3, 2));
        assertThat(evaluate().step(2).status()).isEqualTo(Status.ATTENTION);
        assertThat(evaluate().step(8).status()).isEqualTo(Status.OK);

        suite.queue = Fetched.of(FakeSuite.queue(25, 10, 0, 0, 3, 2));
        assertThat(evaluate().step(2).status()).isEqualTo(Status.OK);
    }

    @Test
    void aP1WaitingOverSixtySecondsOrASlaBreachRateOverTheCatalogueActs() {
        suite.queue = Fetched.of(FakeSuite.queue(2, 61, 0, 0, 3, 2));
        assertThat(evaluate().step(2).evidence().get("alarmThresholdsBreached").toString())
                .contains("ReviewP1Wait");

        suite.queue = Fetched.of(FakeSuite.queue(2, 60, 0.05, 0.10, 3, 2));
        assertThat(evaluate().step(2).status()).isNotEqualTo(Status.ACT);

        suite.queue = Fetched.of(FakeSuite.queue(2, 10, 0.0, 0.11, 3, 2));
        assertThat(evaluate().step(2).evidence().get("alarmThresholdsBreached").toString())
                .contains("ReviewSLABreachRate-P2");
    }

    @Test
    void belowMinimumStaffingRecommendsPagingTheBackupReviewers() {
        suite.queue = Fetched.of(FakeSuite.queue(10, 10, 0, 0, 1, 2));

        ChecklistStep step = evaluate().step(3);

        assertThat(step.status()).isEqualTo(Status.ACT);
        assertThat(step.runbook()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("page-backup-reviewers"));
        assertThat(step.evidence()).containsEntry("activeReviewers", 1).containsEntry("minimumStaffing", 2);
    }

    @Test
    void aRedGateOrFlaggedAccountsFreezeImprovementAndNameTheQuarantineCandidates() {
        suite.gate = Fetched.of(new Signals.QualityGate(false, List.of("topic distribution drifted")));
        suite.anomalies = Fetched.of(new Signals.Anomalies(
                Optional.of(NOW), Map.of("cohort-deviation", List.of("u-7", "u-9"), "concentration", List.of("u-7"))));

        Checklist result = evaluate();

        assertThat(result.step(5).status()).isEqualTo(Status.ACT);
        assertThat(result.step(9).status()).isEqualTo(Status.ACT);
        assertThat(result.step(9).runbook()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("improvement-freeze");
            assertThat(r.service()).isEqualTo(Upstream.FEEDBACK);
        });
        assertThat(result.step(9).evidence()).containsEntry("quarantineCandidates", List.of("u-7", "u-9"));
    }

    @Test
    void aRunningExecutionOlderThanThePolicyIsStuckAndTimeoutsOnlyNeedAttention() {
        executions.add(new Signals.Execution("m-timed-out", "TIMED_OUT", NOW.minusSeconds(400), Optional.of(NOW)));
        executions.add(
                new Signals.Execution("m-young", "RUNNING", NOW.minus(Duration.ofMinutes(14)), Optional.empty()));
        assertThat(evaluate().step(6).status()).isEqualTo(Status.ATTENTION);

        executions.add(new Signals.Execution("m-old", "RUNNING", NOW.minus(Duration.ofMinutes(16)), Optional.empty()));
        Checklist result = evaluate();

        assertThat(result.step(6).status()).isEqualTo(Status.ACT);
        assertThat(result.step(6).evidence())
                .containsEntry("stuck", 1)
                .containsEntry("running", 2L)
                .containsEntry("stuckExecutions", List.of("m-old"));
        assertThat(result.step(10).status()).isEqualTo(Status.ACT);
    }

    @Test
    void overduePromisesActAndTheRetryIsPreFilledWithTheWindow() {
        suite.deliveries = Fetched.of(new Signals.Deliveries(5, 3, 0, 10, 0, false, Optional.of(NOW)));

        Checklist result = evaluate();

        assertThat(result.step(7).status()).isEqualTo(Status.ACT);
        assertThat(result.step(10).runbook()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("retry");
            assertThat(r.parameters())
                    .containsEntry("from", NOW.minus(Duration.ofHours(2)).toString())
                    .containsEntry("to", NOW.toString());
        });
        assertThat(result.step(10).recommendation()).contains("execute-api:ManageConnections");
    }

    @Test
    void aStaleWatchdogActsAndFallbacksOnlyNeedAttention() {
        suite.deliveries = Fetched.of(new Signals.Deliveries(0, 0, 0, 10, 2, false, Optional.of(NOW)));
        assertThat(evaluate().step(7).status()).isEqualTo(Status.ATTENTION);

        suite.deliveries = Fetched.of(new Signals.Deliveries(0, 0, 0, 10, 0, true, Optional.empty()));
        assertThat(evaluate().step(7).status()).isEqualTo(Status.ACT);
    }

    @Test
    void aRecentChangeWhileTheEscalationRateAlarmsRecommendsRevertingItsCategories() {
        Signals.AuditRecord change = new Signals.AuditRecord(
                NOW.minus(Duration.ofMinutes(20)),
                "threshold-service",
                "ml-1",
                "change-request:promoted",
                "general",
                "tighten",
                false,
                "auto 0.85 -> 0.95");
        Signals.AuditRecord dryRun = new Signals.AuditRecord(
                NOW.minus(Duration.ofMinutes(5)), "threshold-service", "oc-1", "revert-thresholds", "", "x", true, "");
        suite.audit = Fetched.of(List.of(change, dryRun));
        assertThat(evaluate().step(4).status()).isEqualTo(Status.ATTENTION);

        suite.gauge("mangaassist.routing.escalation.rate", Map.of(), 0.45);
        ChecklistStep step = evaluate().step(4);

        assertThat(step.status()).isEqualTo(Status.ACT);
        assertThat(step.evidence()).containsEntry("changes", 1).containsEntry("changesLastHour", 1);
        assertThat(step.runbook()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("revert-thresholds");
            assertThat(r.parameters()).containsEntry("categories", "general");
        });
        assertThat(suite.auditSince).contains(NOW.minus(Duration.ofHours(24)));
    }

    @Test
    void thresholdsWrittenPastChangeControlAreDriftTheAlarmNamesThemAndStep4RevertsExactlyThose() {
        suite.audit = Fetched.of(List.of(
                drift(NOW.minus(Duration.ofMinutes(50)), "drift:detected", "general"),
                drift(NOW.minus(Duration.ofMinutes(40)), "drift:cleared", "general"),
                drift(NOW.minus(Duration.ofMinutes(3)), "drift:detected", "availability"),
                drift(NOW.minus(Duration.ofMinutes(3)), "drift:detected", "order_status")));
        suite.gauge("mangaassist.threshold.drift.categories", Map.of(), 2);

        Checklist result = evaluate();

        assertThat(result.firing()).extracting(AlarmReading::alarm).contains("ThresholdDrift");
        assertThat(result.step(1).evidence().get("affected").toString()).contains("threshold configuration");
        ChecklistStep step = result.step(4);
        assertThat(step.status()).isEqualTo(Status.ACT);
        assertThat(step.evidence()).containsEntry("driftAlarm", true);
        assertThat(step.evidence()).containsEntry("drifted", List.of("availability", "order_status"));
        assertThat(step.recommendation()).contains("outside change control");
        assertThat(step.runbook()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("revert-thresholds");
            assertThat(r.parameters()).containsEntry("categories", "availability,order_status");
        });

        suite.gauge("mangaassist.threshold.drift.categories", Map.of(), 0);
        suite.audit = Fetched.of(List.of(
                drift(NOW.minus(Duration.ofMinutes(3)), "drift:detected", "availability"),
                drift(NOW.minus(Duration.ofMinutes(1)), "drift:cleared", "availability")));
        assertThat(evaluate().step(4).status()).isEqualTo(Status.ATTENTION);
    }

    private static Signals.AuditRecord drift(Instant at, String action, String category) {
        return new Signals.AuditRecord(at, "threshold-service", "drift-check", action, category, "", false, "");
    }

    @Test
    void aChangeOlderThanAnHourIsNotTheSuspectEvenWhileEscalating() {
        suite.audit = Fetched.of(List.of(new Signals.AuditRecord(
                NOW.minus(Duration.ofMinutes(61)),
                "threshold-service",
                "ml-1",
                "thresholds:promoted",
                "general",
                "",
                false,
                "")));
        suite.gauge("mangaassist.routing.escalation.rate", Map.of(), 0.45);

        assertThat(evaluate().step(4).status()).isEqualTo(Status.ATTENTION);
    }

    @Test
    void aServiceThatIsDownOrAStepWhoseDataIsMissingIsNeverOk() {
        suite.health.put(Upstream.DELIVERIES, Fetched.failed("deliveries /actuator/health: unreachable"));
        suite.deliveries = Fetched.failed("deliveries /api/deliveries/stats: unreachable");
        suite.queue = Fetched.failed("reviews /api/reviews/stats answered 403");
        executionsRead = Fetched.failed("the review state machine's ARN is not configured");

        Checklist result = evaluate();

        assertThat(result.step(1).status()).isEqualTo(Status.ACT);
        assertThat(result.step(1).evidence().get("affected").toString()).contains("approval workflow delivery");
        for (int step : List.of(2, 3, 6, 7)) {
            assertThat(result.step(step).status()).as("step %d", step).isEqualTo(Status.ATTENTION);
            assertThat(result.step(step).evidence()).containsKey("unavailable");
        }
    }

    @Test
    void withoutDryRunsNothingIsAskedOfTheRunbooks() {
        suite.queue = Fetched.of(FakeSuite.queue(80, 10, 0, 0, 3, 2));

        Checklist result = checklist.evaluate("token", "oc-1", false);

        assertThat(result.step(8).runbook())
                .hasValueSatisfying(r -> assertThat(r.dryRun()).isEmpty());
        assertThat(suite.dryRuns).isEmpty();
    }

    @Test
    void anAlarmConditionOpensOneIncidentRecordsItsTransitionsAndStepElevenPointsAtIt() {
        suite.gauge("mangaassist.review.queue.depth.total", Map.of(), 75);

        Checklist first = evaluate();

        assertThat(first.openedIncidents()).hasSize(1);
        String id = first.openedIncidents().get(0);
        assertThat(store.find(id).orElseThrow().condition()).contains("ReviewQueueDepth-Critical");
        assertThat(first.step(11).status()).isEqualTo(Status.ATTENTION);
        assertThat(first.step(11).links()).contains("console /api/oncall/incidents/" + id + "/timeline.md");

        clock.advance(Duration.ofMinutes(1));
        assertThat(evaluate().openedIncidents()).isEmpty();
        assertThat(store.open()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        suite.gauge("mangaassist.review.queue.depth.total", Map.of(), 12);
        evaluate();

        assertThat(store.find(id).orElseThrow().events())
                .extracting(IncidentEvent::kind)
                .containsExactly(IncidentEvent.Kind.OPENED, IncidentEvent.Kind.ALARM, IncidentEvent.Kind.CLEARED);
    }

    @Test
    void afterTheIncidentIsClosedTheSameConditionOpensANewOne() {
        suite.gauge("mangaassist.delivery.undelivered", Map.of(), 4);
        String first = evaluate().openedIncidents().get(0);
        assertThat(desk.close(first, "retried", "oc-1")).isEqualTo(IncidentDesk.Outcome.DONE);

        clock.advance(Duration.ofMinutes(5));
        List<String> again = evaluate().openedIncidents();

        assertThat(again).hasSize(1).doesNotContain(first);
        assertThat(store.owner("PromisesOverdue")).contains(again.get(0));
    }
}
