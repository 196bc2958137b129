package com.mangaassist.systemtests.gameday;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a drill established: the alarm that fired, the step and runbook the checklist pointed at, what mitigated the
 * incident, the customers' outcomes, and the incident's timeline; plus every expectation that did not hold.
 */
public final class DrillReport {

    private final int scenario;
    private String alarm;
    private String component;
    private final List<String> runbooksRecommended = new ArrayList<>();
    private final List<String> mitigations = new ArrayList<>();
    private int customersAsked;
    private int customersAnswered;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private String incidentId;
    private String timeline;
    private final List<String> timelineKinds = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public DrillReport(int scenario) {
        this.scenario = scenario;
    }

    public int scenario() {
        return scenario;
    }

    public void alarmFired(String name) {
        this.alarm = name;
    }

    public Optional<String> alarm() {
        return Optional.ofNullable(alarm);
    }

    public void componentNamed(String component) {
        this.component = component;
    }

    public Optional<String> component() {
        return Optional.ofNullable(component);
    }

    public void runbookRecommended(String runbook) {
        runbooksRecommended.add(runbook);
    }

    public List<String> runbooksRecommended() {
        return List.copyOf(runbooksRecommended);
    }

    public void mitigated(String what) {
        mitigations.add(what);
    }

    public List<String> mitigations() {
        return List.copyOf(mitigations);
    }

    public void customers(int asked, int answered, Map<String, Integer> byOutcome) {
        this.customersAsked += asked;
        this.customersAnswered += answered;
        byOutcome.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
    }

    public int customersAsked() {
        return customersAsked;
    }

    public int customersAnswered() {
        return customersAnswered;
    }

    public Map<String, Integer> outcomes() {
        return Map.copyOf(outcomes);
    }

    public void timeline(String incidentId, String markdown, List<String> kindsInOrder) {
        this.incidentId = incidentId;
        this.timeline = markdown;
        this.timelineKinds.clear();
        this.timelineKinds.addAll(kindsInOrder);
    }

    public Optional<String> incidentId() {
        return Optional.ofNullable(incidentId);
    }

    public Optional<String> timeline() {
        return Optional.ofNullable(timeline);
    }

    /** The kinds of the timeline's events in the order the timeline lists them. */
    public List<String> timelineKinds() {
        return List.copyOf(timelineKinds);
    }

    /** Records {@code problem} unless {@code holds}. */
    public boolean expect(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
        return holds;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every part established and nothing that did not hold. */
    public boolean passed() {
        return problems.isEmpty()
                && alarm != null
                && !runbooksRecommended.isEmpty()
                && !mitigations.isEmpty()
                && customersAsked > 0
                && customersAsked == customersAnswered
                && timeline != null;
    }

    public String summary() {
        return "scenario " + scenario + ": " + (passed() ? "PASSED" : "FAILED") + "\n  alarm: "
                + (alarm == null ? "none fired" : alarm) + "\n  component: " + (component == null ? "?" : component)
                + "\n  runbooks recommended: " + runbooksRecommended + "\n  mitigations: " + mitigations
                + "\n  customers: " + customersAnswered + " of " + customersAsked + " answered " + outcomes
                + "\n  incident: " + (incidentId == null ? "none" : incidentId) + " timeline " + timelineKinds
                + (problems.isEmpty() ? "" : "\n  problems: " + problems);
    }
}
