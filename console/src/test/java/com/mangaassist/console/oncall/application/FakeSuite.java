package com.mangaassist.console.oncall.application;

import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A suite whose every signal a test sets; by default calm (all up, nothing waiting, every gauge at rest). */
public final class FakeSuite implements SuiteSignals {

    final Map<Upstream, Fetched<String>> health = new EnumMap<>(Upstream.class);
    /** Gauge values by {@code meter{k=v}}; an absent one reads 0. */
    final Map<String, Fetched<Double>> gauges = new HashMap<>();

    public Fetched<Signals.Queue> queue = Fetched.of(queue(3, 10, 0, 0.0, 3, 2));
    Fetched<Signals.Roster> roster = Fetched.of(new Signals.Roster(3, 2, false, Map.of("r-1", 1, "r-2", 0)));
    public Fetched<Signals.Deliveries> deliveries = Fetched.of(
            new Signals.Deliveries(2, 0, 0, 40, 0, false, Optional.of(Instant.parse("2026-12-04T11:59:30Z"))));
    public Fetched<Signals.QualityGate> gate = Fetched.of(new Signals.QualityGate(true, List.of()));
    public Fetched<Signals.Anomalies> anomalies = Fetched.of(new Signals.Anomalies(Optional.empty(), Map.of()));
    public Fetched<List<Signals.AuditRecord>> audit = Fetched.of(List.of());
    Fetched<List<Signals.PageRecord>> pages = Fetched.of(List.of());

    final List<String> dryRuns = new ArrayList<>();
    final List<Instant> auditSince = new ArrayList<>();

    public FakeSuite() {
        for (Upstream u : Upstream.values()) {
            health.put(u, Fetched.of("UP"));
        }
        // the quality gate's gauge is 1 when green (the alarm pages below 1)
        gauges.put("mangaassist.feedback.quality.green{}", Fetched.of(1.0));
    }

    public static Signals.Queue queue(
            long depth, long p1OldestSeconds, double p1Breach, double p2Breach, int active, int minimum) {
        return new Signals.Queue(
                depth,
                Map.of(
                        "P1", new Signals.PriorityQueue(Math.min(depth, 1), p1OldestSeconds, 0, p1Breach),
                        "P2", new Signals.PriorityQueue(Math.max(0, depth - 1), 5, 0, p2Breach)),
                4.0,
                4.5,
                active,
                minimum,
                active < minimum);
    }

    void gauge(String meter, Map<String, String> tags, double value) {
        gauges.put(key(meter, tags), Fetched.of(value));
    }

    private static String key(String meter, Map<String, String> tags) {
        return meter + new java.util.TreeMap<>(tags);
    }

    @Override
    public Fetched<String> health(Upstream service, String token) {
        return health.get(service);
    }

    @Override
    public Fetched<Double> gauge(Upstream service, String meter, Map<String, String> tags, String token) {
        return gauges.getOrDefault(key(meter, tags), Fetched.of(0.0));
    }

    @Override
    public Fetched<Signals.Queue> queue(String token) {
        return queue;
    }

    @Override
    public Fetched<Signals.Roster> reviewers(String token) {
        return roster;
    }

    @Override
    public Fetched<Signals.Deliveries> deliveries(String token) {
        return deliveries;
    }

    @Override
    public Fetched<Signals.QualityGate> feedbackQuality(String token) {
        return gate;
    }

    @Override
    public Fetched<Signals.Anomalies> feedbackAnomalies(String token) {
        return anomalies;
    }

    @Override
    public Fetched<List<Signals.AuditRecord>> audit(Instant since, Instant until, String token) {
        auditSince.add(since);
        return audit.map(entries -> entries.stream()
                .filter(e -> !e.at().isBefore(since) && !e.at().isAfter(until))
                .toList());
    }

    @Override
    public Fetched<List<Signals.PageRecord>> pages(String token) {
        return pages;
    }

    @Override
    public Fetched<Map<String, Object>> runbookDryRun(
            Upstream service, String runbook, Map<String, String> parameters, String reason, String token) {
        dryRuns.add(service.pathName() + " " + runbook + " " + new java.util.TreeMap<>(parameters));
        return Fetched.of(Map.of("action", runbook, "dryRun", true, "matched", 7, "changed", 0));
    }
}
