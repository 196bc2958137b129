package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.monitoring.domain.AccountSignals;
import com.mangaassist.feedback.monitoring.domain.AnomalyFinding;
import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.monitoring.domain.CohortDeviationDetector;
import com.mangaassist.feedback.monitoring.domain.ConcentrationDetector;
import com.mangaassist.feedback.monitoring.domain.UniformTimingDetector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scenario 2's anomaly detection over the last {@code window} of BINARY feedback (canary and quarantined
 * records left out): runs the three detectors, keeps the report as the latest, counts what it found, pages
 * once per detector whenever the accounts it names change, and proposes a quarantine of all named accounts.
 */
public final class DetectAnomalies {

    private final FeedbackWindow feedback;
    private final CohortDeviationDetector cohort;
    private final ConcentrationDetector concentration;
    private final UniformTimingDetector timing;
    private final Pager pager;
    private final MonitoringEvents events;
    private final Clock clock;
    private final Duration window;
    private final AtomicReference<AnomalyReport> latest = new AtomicReference<>();
    private final Map<AnomalyKind, List<String>> lastPaged = new EnumMap<>(AnomalyKind.class);

    public DetectAnomalies(
            FeedbackWindow feedback,
            CohortDeviationDetector cohort,
            ConcentrationDetector concentration,
            UniformTimingDetector timing,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            Duration window) {
        this.feedback = feedback;
        this.cohort = cohort;
        this.concentration = concentration;
        this.timing = timing;
        this.pager = pager;
        this.events = events;
        this.clock = clock;
        this.window = window;
    }

    public synchronized AnomalyReport run() {
        Instant to = clock.instant();
        Instant from = to.minus(window);
        List<FeedbackRecord> records = feedback.read(from, to).stream()
                .filter(r -> r.kind() == FeedbackKind.BINARY && !r.canary() && !r.quarantined())
                .toList();
        List<AccountSignals> accounts = AccountSignals.of(records);
        List<AnomalyFinding> findings = new ArrayList<>();
        cohort.detect(accounts).ifPresent(findings::add);
        concentration.detect(accounts).ifPresent(findings::add);
        timing.detect(accounts).ifPresent(findings::add);

        Map<AnomalyKind, Integer> named = new EnumMap<>(AnomalyKind.class);
        for (AnomalyKind kind : AnomalyKind.values()) {
            named.put(kind, 0);
        }
        TreeSet<String> union = new TreeSet<>();
        for (AnomalyFinding finding : findings) {
            named.put(finding.kind(), finding.accounts().size());
            union.addAll(finding.accounts());
            if (!finding.accounts().equals(lastPaged.get(finding.kind()))) {
                pager.page(new Page(
                        "Feedback anomaly: " + finding.kind().code(),
                        finding.summary() + ". Accounts: " + String.join(", ", finding.accounts())
                                + ". Proposed: dry-run quarantine of these accounts via "
                                + ProposedQuarantine.PATH + ".",
                        to));
                lastPaged.put(finding.kind(), finding.accounts());
            }
        }
        events.anomalies(named);
        ProposedQuarantine proposal = union.isEmpty()
                ? null
                : ProposedQuarantine.of(
                        List.copyOf(union),
                        "feedback anomaly ("
                                + String.join(
                                        ", ",
                                        findings.stream()
                                                .map(f -> f.kind().code())
                                                .toList())
                                + ") detected at " + to);
        AnomalyReport report = new AnomalyReport(to, from, to, records.size(), accounts.size(), findings, proposal);
        latest.set(report);
        return report;
    }

    public Optional<AnomalyReport> latest() {
        return Optional.ofNullable(latest.get());
    }
}
