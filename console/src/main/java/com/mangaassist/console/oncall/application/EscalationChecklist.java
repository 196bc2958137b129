package com.mangaassist.console.oncall.application;

import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.AlarmReading;
import com.mangaassist.console.oncall.domain.Checklist;
import com.mangaassist.console.oncall.domain.ChecklistPolicy;
import com.mangaassist.console.oncall.domain.ChecklistStep;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Incident;
import com.mangaassist.console.oncall.domain.RunbookSuggestion;
import com.mangaassist.console.oncall.domain.Signals;
import com.mangaassist.console.oncall.domain.Status;
import com.mangaassist.model.alarms.RunbookAlarm;
import com.mangaassist.model.alarms.RunbookAlarms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runbooks' escalation checklist evaluated against the running suite: every step judged ok / attention / act
 * from the services' own numbers, with the catalogue's thresholds wherever an alarm exists ({@link RunbookAlarms}),
 * the evidence, links to the data, and for steps 8–10 (and the staffing and configuration steps) the recommended
 * runbook with its parameters pre-filled and, on request, its dry run. Each evaluation also lets the
 * {@link IncidentDesk} open an incident for an alarm condition that holds and record transitions.
 */
public final class EscalationChecklist {

    static final String QUEUE_DEPTH = "ReviewQueueDepth-Critical";
    static final String P1_WAIT = "ReviewP1Wait";
    static final String SLA_P1 = "ReviewSLABreachRate-P1";
    static final String SLA_P2 = "ReviewSLABreachRate-P2";
    static final String ESCALATION = "EscalationRateAnomaly";
    static final String DRIFT = "ThresholdDrift";
    static final String PROMISES_OVERDUE = "PromisesOverdue";

    private static final Map<String, Upstream> OWNERS = Map.of(
            "orchestrator-service", Upstream.ORCHESTRATOR,
            "review-queue-service", Upstream.REVIEWS,
            "feedback-service", Upstream.FEEDBACK,
            "threshold-service", Upstream.THRESHOLDS,
            "delivery-watchdog", Upstream.DELIVERIES);

    private static final Map<Upstream, String> COMPONENTS = new EnumMap<>(Map.of(
            Upstream.ORCHESTRATOR, "routing and answering (orchestrator)",
            Upstream.REVIEWS, "review queue",
            Upstream.FEEDBACK, "feedback pipeline / data quality",
            Upstream.THRESHOLDS, "threshold configuration",
            Upstream.DELIVERIES, "approval workflow delivery (WebSocket)"));

    private final SuiteSignals suite;
    private final ReviewExecutions executions;
    private final IncidentDesk incidents;
    private final ChecklistPolicy policy;
    private final Clock clock;

    public EscalationChecklist(
            SuiteSignals suite,
            ReviewExecutions executions,
            IncidentDesk incidents,
            ChecklistPolicy policy,
            Clock clock) {
        this.suite = suite;
        this.executions = executions;
        this.incidents = incidents;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Evaluates the eleven steps now with the caller's token.
     *
     * @param by who asks (recorded on incidents this evaluation opens)
     * @param withDryRuns whether to ask each recommended runbook for its dry run (each is audited as a dry run)
     */
    public Checklist evaluate(String token, String by, boolean withDryRuns) {
        Instant now = clock.instant();
        Map<Upstream, Fetched<String>> health = new EnumMap<>(Upstream.class);
        for (Upstream service : Upstream.values()) {
            health.put(service, suite.health(service, token));
        }
        List<AlarmReading> alarms = alarms(token);

        Fetched<Signals.Queue> queue = suite.queue(token);
        Fetched<Signals.Roster> roster = suite.reviewers(token);
        Fetched<List<Signals.AuditRecord>> audit = suite.audit(now.minus(policy.configWindow()), now, token);
        Fetched<Signals.QualityGate> gate = suite.feedbackQuality(token);
        Fetched<Signals.Anomalies> anomalies = suite.feedbackAnomalies(token);
        Fetched<List<Signals.Execution>> runs =
                executions.runningAndEndedBadlySince(now.minus(policy.endedBadlyWindow()));
        Fetched<Signals.Deliveries> deliveries = suite.deliveries(token);

        List<ChecklistStep> steps = new ArrayList<>();
        steps.add(affectedComponent(health, alarms));
        ChecklistStep step2 = queueAndSla(queue);
        steps.add(step2);
        steps.add(reviewers(queue, roster));
        steps.add(configurationChanges(audit, alarms, now));
        ChecklistStep step5 = feedbackQuality(gate, anomalies);
        steps.add(step5);
        ChecklistStep step6 = workflowExecutions(runs, now);
        steps.add(step6);
        ChecklistStep step7 = delivery(deliveries, alarms);
        steps.add(step7);
        steps.add(relaxation(step2));
        steps.add(freeze(step5, anomalies));
        steps.add(retry(step7, step6, now));

        if (withDryRuns) {
            steps.replaceAll(step -> step.status() == Status.ACT
                    ? step.runbook()
                            .map(r -> step.withRunbook(dryRun(r, token)))
                            .orElse(step)
                    : step);
        }
        List<String> opened = incidents.observe(alarms, by);
        steps.add(timeline(incidents.open(), opened));
        return new Checklist(now, steps, alarms, opened);
    }

    /** Every catalogue alarm judged on its meter's value now, where that is a gauge a service exposes. */
    List<AlarmReading> alarms(String token) {
        List<AlarmReading> readings = new ArrayList<>();
        for (RunbookAlarm alarm : RunbookAlarms.all()) {
            Upstream owner = OWNERS.get(alarm.service());
            if (owner == null) {
                readings.add(AlarmReading.notEvaluated(
                        alarm, "AWS-native metric (" + alarm.meterName() + "): read it in CloudWatch"));
            } else if (alarm.meterType() != RunbookAlarm.MeterType.GAUGE) {
                readings.add(AlarmReading.notEvaluated(
                        alarm,
                        "a counter: the alarm sums it per " + alarm.period().toMinutes()
                                + " min in CloudWatch; one reading cannot judge it"));
            } else {
                Fetched<Double> value = suite.gauge(owner, alarm.meterName(), alarm.dimensions(), token);
                readings.add(
                        value.ok()
                                ? AlarmReading.judged(alarm, value.get(), "gauge now")
                                : AlarmReading.notEvaluated(alarm, value.problem()));
            }
        }
        return readings;
    }

    private ChecklistStep affectedComponent(Map<Upstream, Fetched<String>> health, List<AlarmReading> alarms) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        Map<String, String> healthEvidence = new LinkedHashMap<>();
        Set<String> affected = new LinkedHashSet<>();
        Status status = Status.OK;
        for (Map.Entry<Upstream, Fetched<String>> entry : health.entrySet()) {
            Fetched<String> h = entry.getValue();
            healthEvidence.put(entry.getKey().pathName(), h.ok() ? h.get() : "unreachable: " + h.problem());
            if (!h.ok() || !"UP".equals(h.get())) {
                affected.add(COMPONENTS.get(entry.getKey()));
                status = Status.ACT;
            }
        }
        List<Map<String, Object>> firing = new ArrayList<>();
        for (AlarmReading alarm : alarms) {
            if (alarm.firing()) {
                Upstream owner = OWNERS.get(alarm.service());
                affected.add(COMPONENTS.get(owner));
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("alarm", alarm.alarm());
                one.put("value", alarm.value().orElseThrow());
                one.put("threshold", alarm.threshold());
                one.put("comparison", alarm.comparison());
                firing.add(one);
                status = Status.ACT;
            }
        }
        long judged = alarms.stream().filter(a -> a.holds().isPresent()).count();
        evidence.put("health", healthEvidence);
        evidence.put("alarmsFiring", firing);
        evidence.put("alarmsJudged", judged);
        evidence.put("alarmsNotJudged", alarms.size() - judged);
        evidence.put("affected", List.copyOf(affected));
        String recommendation = affected.isEmpty()
                ? "No alarm condition holds and every service is up."
                : "Affected: " + String.join(", ", affected) + ". Work through steps 2-7 for the evidence.";
        return new ChecklistStep(
                1,
                "Identify which component is affected",
                status,
                evidence,
                List.of(
                        "reviews /actuator/health",
                        "orchestrator /actuator/health",
                        "feedback /actuator/health",
                        "thresholds /actuator/health",
                        "deliveries /actuator/health"),
                recommendation,
                Optional.empty());
    }

    private ChecklistStep queueAndSla(Fetched<Signals.Queue> fetched) {
        List<String> links = List.of("reviews /api/reviews/stats", "thresholds /api/capacity/forecast");
        String title = "Check queue depth and SLA compliance";
        if (!fetched.ok()) {
            return unavailable(2, title, links, "review queue stats", fetched.problem());
        }
        Signals.Queue queue = fetched.get();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("depth", queue.depth());
        Map<String, Object> perPriority = new TreeMap<>();
        queue.perPriority()
                .forEach((p, s) -> perPriority.put(
                        p,
                        Map.of(
                                "depth", s.depth(),
                                "oldestAgeSeconds", s.oldestAgeSeconds(),
                                "waitingPastSla", s.waitingPastSla(),
                                "slaBreachRate", s.slaBreachRate())));
        evidence.put("perPriority", perPriority);
        List<String> breaches = new ArrayList<>();
        judge(QUEUE_DEPTH, queue.depth(), breaches);
        queue.priority("P1").ifPresent(p1 -> {
            judge(P1_WAIT, p1.oldestAgeSeconds(), breaches);
            judge(SLA_P1, p1.slaBreachRate(), breaches);
        });
        queue.priority("P2").ifPresent(p2 -> judge(SLA_P2, p2.slaBreachRate(), breaches));
        evidence.put("alarmThresholdsBreached", breaches);
        long pastSla = queue.perPriority().values().stream()
                .mapToLong(Signals.PriorityQueue::waitingPastSla)
                .sum();
        double depthLimit = alarm(QUEUE_DEPTH).threshold();
        Status status;
        String recommendation;
        if (!breaches.isEmpty()) {
            status = Status.ACT;
            recommendation = "Queue backlog (" + String.join(", ", breaches)
                    + "): relax the auto-respond threshold (step 8) and page backup reviewers (step 3).";
        } else if (queue.depth() > depthLimit / 2 || pastSla > 0) {
            status = Status.ATTENTION;
            recommendation =
                    "Queue building up (" + queue.depth() + " waiting, " + pastSla + " past SLA): watch the forecast.";
        } else {
            status = Status.OK;
            recommendation = "Queue within its alarms.";
        }
        return new ChecklistStep(2, title, status, evidence, links, recommendation, Optional.empty());
    }

    private ChecklistStep reviewers(Fetched<Signals.Queue> queue, Fetched<Signals.Roster> roster) {
        List<String> links = List.of("reviews /api/reviewers", "reviews /api/reviews/stats");
        String title = "Verify reviewer availability and capacity";
        if (!queue.ok()) {
            return unavailable(3, title, links, "review queue stats", queue.problem());
        }
        Signals.Queue q = queue.get();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("activeReviewers", q.activeReviewers());
        evidence.put("minimumStaffing", q.minimumStaffing());
        evidence.put("arrivalsPerMinute", q.arrivalsPerMinute());
        evidence.put("completionsPerMinute", q.completionsPerMinute());
        if (roster.ok()) {
            evidence.put("load", new TreeMap<>(roster.get().load()));
        } else {
            evidence.put("load", "unavailable: " + roster.problem());
        }
        Status status;
        String recommendation;
        Optional<RunbookSuggestion> runbook = Optional.empty();
        if (q.belowMinimumStaffing() || (q.activeReviewers() == 0 && q.depth() > 0)) {
            status = Status.ACT;
            recommendation = q.activeReviewers() + " active reviewer(s), minimum " + q.minimumStaffing()
                    + ": page the backup reviewers.";
            runbook = Optional.of(suggestion(
                    "page-backup-reviewers",
                    Upstream.REVIEWS,
                    "/api/runbook/reviews/page-backup-reviewers",
                    Map.of(),
                    "checklist step 3: " + q.activeReviewers() + " active, minimum " + q.minimumStaffing()));
        } else if (q.depth() > 0 && q.completionsPerMinute() < q.arrivalsPerMinute()) {
            status = Status.ATTENTION;
            recommendation = "Demand exceeds capacity: " + q.arrivalsPerMinute() + " arrivals vs "
                    + q.completionsPerMinute() + " completions per minute.";
        } else {
            status = Status.OK;
            recommendation = "Staffing at or above the minimum and keeping up.";
        }
        return new ChecklistStep(3, title, status, evidence, links, recommendation, runbook);
    }

    private ChecklistStep configurationChanges(
            Fetched<List<Signals.AuditRecord>> audit, List<AlarmReading> alarms, Instant now) {
        String since = now.minus(policy.configWindow()).toString();
        List<String> links = List.of(
                "thresholds /api/audit?since=" + since,
                "thresholds /api/thresholds",
                "thresholds /api/thresholds/drift",
                "thresholds /api/change-requests?state=CANARY");
        String title = "Check for recent configuration changes (thresholds, prompts, IAM, deployments)";
        if (!audit.ok()) {
            return unavailable(4, title, links, "the audit trail", audit.problem());
        }
        List<Signals.AuditRecord> changes = audit.get().stream()
                .filter(e -> !e.dryRun() && "threshold-service".equals(e.service()))
                .toList();
        List<Signals.AuditRecord> recent = changes.stream()
                .filter(e -> !e.at().isBefore(now.minus(policy.recentChange())))
                .toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("windowHours", policy.configWindow().toHours());
        evidence.put("changes", changes.size());
        evidence.put("changesLastHour", recent.size());
        evidence.put(
                "latest",
                changes.stream()
                        .skip(Math.max(0, changes.size() - 5))
                        .map(e -> e.at() + " " + e.actor() + " " + e.action()
                                + (e.category().isEmpty() ? "" : " [" + e.category() + "]") + ": " + e.summary())
                        .toList());
        evidence.put(
                "iamAndDeployments",
                "not recorded by any service: check the stack's CloudFormation events and ServicePermissions history");
        boolean escalating = alarms.stream().anyMatch(a -> a.alarm().equals(ESCALATION) && a.firing());
        evidence.put("escalationRateAlarm", escalating);
        boolean driftAlarm = alarms.stream().anyMatch(a -> a.alarm().equals(DRIFT) && a.firing());
        List<String> drifted = drifted(changes);
        evidence.put("driftAlarm", driftAlarm);
        evidence.put("drifted", drifted);
        Status status;
        String recommendation;
        Optional<RunbookSuggestion> runbook = Optional.empty();
        if (driftAlarm || !drifted.isEmpty()) {
            status = Status.ACT;
            recommendation = "Thresholds in force were changed outside change control (drift"
                    + (drifted.isEmpty() ? "" : " in " + String.join(", ", drifted))
                    + "): nobody proposed, approved or canaried them. Revert to the last known-good thresholds,"
                    + " then find who wrote the table.";
            runbook = Optional.of(suggestion(
                    "revert-thresholds",
                    Upstream.THRESHOLDS,
                    "/api/runbook/thresholds/revert",
                    drifted.isEmpty() ? Map.of() : Map.of("categories", String.join(",", drifted)),
                    "checklist step 4: thresholds changed outside change control"));
        } else if (!recent.isEmpty() && escalating) {
            status = Status.ACT;
            List<String> categories = recent.stream()
                    .map(Signals.AuditRecord::category)
                    .filter(c -> !c.isEmpty())
                    .distinct()
                    .sorted()
                    .toList();
            recommendation = "A configuration change in the last "
                    + policy.recentChange().toMinutes()
                    + " min while the escalation rate alarms (scenario 3): revert to the last known-good thresholds.";
            Map<String, String> parameters =
                    categories.isEmpty() ? Map.of() : Map.of("categories", String.join(",", categories));
            runbook = Optional.of(suggestion(
                    "revert-thresholds",
                    Upstream.THRESHOLDS,
                    "/api/runbook/thresholds/revert",
                    parameters,
                    "checklist step 4: escalation rate alarm after a change"));
        } else if (!changes.isEmpty()) {
            status = Status.ATTENTION;
            recommendation = changes.size() + " configuration change(s) in the last "
                    + policy.configWindow().toHours() + " h: check whether one lines up with the alarm.";
        } else {
            status = Status.OK;
            recommendation = "No configuration change in the last "
                    + policy.configWindow().toHours() + " h.";
        }
        return new ChecklistStep(4, title, status, evidence, links, recommendation, runbook);
    }

    /** Categories whose latest drift entry in the trail says drift was detected and not yet cleared, sorted. */
    static List<String> drifted(List<Signals.AuditRecord> thresholdChanges) {
        Map<String, Boolean> latest = new TreeMap<>();
        for (Signals.AuditRecord entry : thresholdChanges) {
            if (entry.action().equals("drift:detected")) {
                latest.put(entry.category(), true);
            } else if (entry.action().equals("drift:cleared")) {
                latest.put(entry.category(), false);
            }
        }
        return latest.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
    }

    private ChecklistStep feedbackQuality(Fetched<Signals.QualityGate> gate, Fetched<Signals.Anomalies> anomalies) {
        List<String> links = List.of("feedback /api/feedback/quality", "feedback /api/feedback/anomalies");
        String title = "Verify feedback pipeline data quality";
        Map<String, Object> evidence = new LinkedHashMap<>();
        Status status = Status.OK;
        List<String> why = new ArrayList<>();
        if (gate.ok()) {
            evidence.put("gateGreen", gate.get().green());
            evidence.put("gateReasons", gate.get().reasons());
            if (!gate.get().green()) {
                status = Status.ACT;
                why.add("the data-quality gate is red ("
                        + String.join("; ", gate.get().reasons()) + ")");
            }
        } else {
            evidence.put("gateGreen", "unavailable: " + gate.problem());
            status = Status.ATTENTION;
        }
        if (anomalies.ok()) {
            Map<String, Integer> perKind = new TreeMap<>();
            anomalies.get().accountsPerKind().forEach((k, v) -> perKind.put(k, v.size()));
            evidence.put("anomalyAccountsPerKind", perKind);
            evidence.put("anomalyAccounts", anomalies.get().accounts());
            if (!anomalies.get().accounts().isEmpty()) {
                status = Status.ACT;
                why.add(anomalies.get().accounts().size() + " account(s) flagged by the anomaly detectors");
            }
        } else {
            evidence.put("anomalyAccountsPerKind", "unavailable: " + anomalies.problem());
            status = status.max(Status.ATTENTION);
        }
        String recommendation = status == Status.ACT
                ? "Data quality issue: " + String.join("; ", why) + ". Freeze prompt improvement (step 9)."
                : status == Status.OK ? "Gate green, no anomalies." : "Data quality could not be read in full.";
        return new ChecklistStep(5, title, status, evidence, links, recommendation, Optional.empty());
    }

    private ChecklistStep workflowExecutions(Fetched<List<Signals.Execution>> fetched, Instant now) {
        List<String> links = List.of("stepfunctions ListExecutions review-workflow");
        String title = "Check Step Functions execution status for stuck or timed-out executions";
        if (!fetched.ok()) {
            return unavailable(6, title, links, "the review workflow's executions", fetched.problem());
        }
        List<Signals.Execution> stuck = fetched.get().stream()
                .filter(e -> "RUNNING".equals(e.status())
                        && Duration.between(e.startedAt(), now).compareTo(policy.stuckExecutionAfter()) > 0)
                .toList();
        List<Signals.Execution> timedOut = fetched.get().stream()
                .filter(e -> "TIMED_OUT".equals(e.status()))
                .toList();
        List<Signals.Execution> failed = fetched.get().stream()
                .filter(e -> "FAILED".equals(e.status()) || "ABORTED".equals(e.status()))
                .toList();
        long running =
                fetched.get().stream().filter(e -> "RUNNING".equals(e.status())).count();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("running", running);
        evidence.put("stuck", stuck.size());
        evidence.put("stuckAfterMinutes", policy.stuckExecutionAfter().toMinutes());
        evidence.put("timedOut", timedOut.size());
        evidence.put("failed", failed.size());
        evidence.put("windowMinutes", policy.endedBadlyWindow().toMinutes());
        evidence.put("stuckExecutions", names(stuck));
        evidence.put("failedExecutions", names(failed));
        evidence.put("timedOutExecutions", names(timedOut));
        Status status;
        String recommendation;
        if (!stuck.isEmpty() || !failed.isEmpty()) {
            status = Status.ACT;
            recommendation = stuck.size() + " stuck and " + failed.size()
                    + " failed review execution(s): their customers depend on the watchdog; run the retry (step 10)"
                    + " and drain timed-out tasks.";
        } else if (!timedOut.isEmpty()) {
            status = Status.ATTENTION;
            recommendation = timedOut.size() + " review(s) timed out in the window: the delayed answer was sent;"
                    + " check reviewer capacity (step 3).";
        } else {
            status = Status.OK;
            recommendation = "No stuck, failed or timed-out review executions.";
        }
        return new ChecklistStep(6, title, status, evidence, links, recommendation, Optional.empty());
    }

    private ChecklistStep delivery(Fetched<Signals.Deliveries> fetched, List<AlarmReading> alarms) {
        List<String> links = List.of("deliveries /api/deliveries/stats");
        String title = "Validate WebSocket delivery (are responses reaching users?)";
        if (!fetched.ok()) {
            return unavailable(7, title, links, "delivery stats", fetched.problem());
        }
        Signals.Deliveries d = fetched.get();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("pending", d.pending());
        evidence.put("overdue", d.overdue());
        evidence.put("stuck", d.stuck());
        evidence.put("deliveredLastHour", d.deliveredLastHour());
        evidence.put("fallbackLastHour", d.fallbackLastHour());
        evidence.put("watchdogStale", d.watchdogStale());
        d.watchdogLastRunAt().ifPresent(at -> evidence.put("watchdogLastRunAt", at.toString()));
        evidence.put(
                "failures",
                "DeliveriesFailed-AccessDenied is a counter: see mangaassist.delivery.errors in CloudWatch or the"
                        + " service's /actuator/metrics");
        boolean overdueAlarm = AlarmReading.breaches(alarm(PROMISES_OVERDUE), d.overdue());
        Status status;
        String recommendation;
        if (overdueAlarm || d.stuck() > 0 || d.watchdogStale()) {
            status = Status.ACT;
            recommendation = d.overdue() + " overdue, " + d.stuck() + " stuck"
                    + (d.watchdogStale() ? ", the watchdog is stale" : "")
                    + ": responses are not reaching users. See step 10.";
        } else if (d.fallbackLastHour() > 0) {
            status = Status.ATTENTION;
            recommendation = d.fallbackLastHour() + " answer(s) went by fallback in the last hour (customers offline"
                    + " or posts failing).";
        } else {
            status = Status.OK;
            recommendation = "No overdue promises; the watchdog is running.";
        }
        return new ChecklistStep(7, title, status, evidence, links, recommendation, Optional.empty());
    }

    private ChecklistStep relaxation(ChecklistStep queue) {
        String title = "If queue backlog: activate emergency threshold relaxation";
        RunbookSuggestion suggestion = suggestion(
                "emergency-relaxation",
                Upstream.THRESHOLDS,
                "/api/runbook/thresholds/emergency-relaxation",
                Map.of(
                        "autoRespondMin", Double.toString(policy.relaxedAutoRespondMin()),
                        "durationMinutes", Integer.toString(policy.relaxationMinutes())),
                "checklist step 8: " + queue.recommendation());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("queueStep", queue.status().code());
        if (queue.status() == Status.ACT) {
            return new ChecklistStep(
                    8,
                    title,
                    Status.ACT,
                    evidence,
                    List.of("thresholds /api/thresholds"),
                    "Relax auto-respond to " + policy.relaxedAutoRespondMin() + " for " + policy.relaxationMinutes()
                            + " min (refund, complaint and legal are never relaxed); dry run first.",
                    Optional.of(suggestion));
        }
        return new ChecklistStep(
                8,
                title,
                Status.OK,
                evidence,
                List.of("thresholds /api/thresholds"),
                "No backlog: not needed.",
                Optional.empty());
    }

    private ChecklistStep freeze(ChecklistStep quality, Fetched<Signals.Anomalies> anomalies) {
        String title = "If data quality issue: freeze prompt improvement pipeline";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("dataQualityStep", quality.status().code());
        List<String> accounts =
                anomalies.value().map(Signals.Anomalies::accounts).orElse(List.of());
        evidence.put("quarantineCandidates", accounts);
        if (quality.status() == Status.ACT) {
            String recommendation = "Freeze the prompt-improvement job"
                    + (accounts.isEmpty()
                            ? "."
                            : ", then quarantine the " + accounts.size()
                                    + " flagged account(s) (runbook quarantine, scope ACCOUNT).");
            return new ChecklistStep(
                    9,
                    title,
                    Status.ACT,
                    evidence,
                    List.of("feedback /api/feedback/quality", "feedback /api/feedback/anomalies"),
                    recommendation,
                    Optional.of(suggestion(
                            "improvement-freeze",
                            Upstream.FEEDBACK,
                            "/api/runbook/feedback/improvement/freeze",
                            Map.of(),
                            "checklist step 9: " + quality.recommendation())));
        }
        return new ChecklistStep(
                9,
                title,
                Status.OK,
                evidence,
                List.of("feedback /api/feedback/quality"),
                "Data quality fine: not needed.",
                Optional.empty());
    }

    private ChecklistStep retry(ChecklistStep delivery, ChecklistStep executions, Instant now) {
        String title = "If delivery failure: check Lambda permissions and run retry job";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("deliveryStep", delivery.status().code());
        evidence.put("executionsStep", executions.status().code());
        if (delivery.status() == Status.ACT || executions.status() == Status.ACT) {
            return new ChecklistStep(
                    10,
                    title,
                    Status.ACT,
                    evidence,
                    List.of("deliveries /api/deliveries/stats"),
                    "Check the delivery role's execute-api:ManageConnections (ServicePermissions, scenario 4) and the"
                            + " DeliveriesFailed-AccessDenied alarm, then retry the promises of the last "
                            + policy.retryWindow().toMinutes() + " min.",
                    Optional.of(suggestion(
                            "retry",
                            Upstream.DELIVERIES,
                            "/api/runbook/deliveries/retry",
                            Map.of(
                                    "from", now.minus(policy.retryWindow()).toString(),
                                    "to", now.toString()),
                            "checklist step 10: " + delivery.recommendation())));
        }
        return new ChecklistStep(
                10,
                title,
                Status.OK,
                evidence,
                List.of("deliveries /api/deliveries/stats"),
                "Deliveries fine: not needed.",
                Optional.empty());
    }

    private ChecklistStep timeline(List<Incident> open, List<String> opened) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(
                "openIncidents",
                open.stream().map(i -> i.id() + ": " + i.title()).toList());
        evidence.put("openedByThisEvaluation", opened);
        List<String> links = open.stream()
                .map(i -> "console /api/oncall/incidents/" + i.id() + "/timeline.md")
                .toList();
        if (open.isEmpty()) {
            return new ChecklistStep(
                    11,
                    "Document timeline and root cause for post-incident review",
                    Status.OK,
                    evidence,
                    links,
                    "No open incident.",
                    Optional.empty());
        }
        return new ChecklistStep(
                11,
                "Document timeline and root cause for post-incident review",
                Status.ATTENTION,
                evidence,
                links,
                open.size() + " open incident(s): add notes as you act; close with a summary, then write the root"
                        + " cause into the exported timeline.",
                Optional.empty());
    }

    private RunbookSuggestion suggestion(
            String name, Upstream service, String path, Map<String, String> parameters, String reason) {
        String shortReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return new RunbookSuggestion(name, service, path, parameters, shortReason, Optional.empty(), Optional.empty());
    }

    private RunbookSuggestion dryRun(RunbookSuggestion suggestion, String token) {
        return suggestion.withDryRun(suite.runbookDryRun(
                suggestion.service(), suggestion.name(), suggestion.parameters(), suggestion.reason(), token));
    }

    private static void judge(String alarmName, double value, List<String> breaches) {
        RunbookAlarm alarm = alarm(alarmName);
        if (AlarmReading.breaches(alarm, value)) {
            breaches.add(alarmName + " (" + value + " vs " + alarm.threshold() + ")");
        }
    }

    /** The catalogue's alarm of that name; a renamed alarm fails here (and in this class's tests). */
    static RunbookAlarm alarm(String name) {
        return RunbookAlarms.all().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no alarm " + name + " in RunbookAlarms"));
    }

    private static List<String> names(List<Signals.Execution> executions) {
        return executions.stream().limit(10).map(Signals.Execution::name).toList();
    }

    private static ChecklistStep unavailable(int step, String title, List<String> links, String what, String problem) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("unavailable", what + ": " + problem);
        return new ChecklistStep(
                step,
                title,
                Status.ATTENTION,
                evidence,
                links,
                "Could not read " + what + " (" + problem + "): check it by hand.",
                Optional.empty());
    }
}
