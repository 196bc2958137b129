package com.mangaassist.feedback.monitoring.adapter.in.web;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.feedback.monitoring.application.AnomalyReport;
import com.mangaassist.feedback.monitoring.application.ComputeAggregates;
import com.mangaassist.feedback.monitoring.application.DetectAnomalies;
import com.mangaassist.feedback.monitoring.application.ProposedQuarantine;
import com.mangaassist.feedback.monitoring.domain.AggregateRow;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.feedback.quality.domain.QualityGate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-call and ML-lead views of the monitors: {@code GET /api/feedback/quality} (the gate, evaluated now),
 * {@code GET /api/feedback/anomalies} (the latest detection run; {@code ?refresh=true} runs one now) and
 * {@code GET /api/feedback/aggregates?from=&to=} (usable feedback per topic, day and prompt version).
 */
@RestController
public class MonitoringController {

    private final QualityGate gate;
    private final DetectAnomalies anomalies;
    private final ComputeAggregates aggregates;
    private final Pager pager;

    public MonitoringController(
            QualityGate gate, DetectAnomalies anomalies, ComputeAggregates aggregates, Pager pager) {
        this.gate = gate;
        this.anomalies = anomalies;
        this.aggregates = aggregates;
        this.pager = pager;
    }

    @GetMapping("/api/feedback/quality")
    public QualityView quality() {
        GateReport report = gate.evaluate();
        return new QualityView(report.green(), report.reasons(), report.checks(), report.evaluatedAt());
    }

    @GetMapping("/api/feedback/anomalies")
    public AnomaliesView anomalies(@RequestParam(defaultValue = "false") boolean refresh) {
        AnomalyReport report = refresh ? anomalies.run() : anomalies.latest().orElse(null);
        List<Page> pages = pager.recent();
        if (report == null) {
            return new AnomaliesView(null, null, null, 0, 0, List.of(), List.of(), null, pages);
        }
        return new AnomaliesView(
                report.ranAt(),
                report.windowFrom(),
                report.windowTo(),
                report.recordsRead(),
                report.accountsSeen(),
                report.kinds().stream().map(k -> k.code()).toList(),
                report.findings().stream()
                        .map(f -> new FindingView(f.kind().code(), f.accounts(), f.numbers(), f.summary()))
                        .toList(),
                report.proposedQuarantine(),
                pages);
    }

    @GetMapping("/api/feedback/aggregates")
    public AggregatesView aggregates(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        try {
            ComputeAggregates.Aggregates result = aggregates.compute(date(from, "from"), date(to, "to"));
            return new AggregatesView(result.from(), result.to(), result.rows());
        } catch (ComputeAggregates.InvalidPeriodException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", e.getMessage());
        }
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", name + " must be a date YYYY-MM-DD");
        }
    }

    /** The gate as JSON. */
    public record QualityView(
            boolean green, List<String> reasons, List<GateReport.Check> checks, Instant evaluatedAt) {}

    /** The latest anomaly run (all null/empty before the first) and the pager's recent pages. */
    public record AnomaliesView(
            Instant ranAt,
            Instant windowFrom,
            Instant windowTo,
            int recordsRead,
            int accountsSeen,
            List<String> kinds,
            List<FindingView> findings,
            ProposedQuarantine proposedQuarantine,
            List<Page> pages) {}

    /** One detector's finding. */
    public record FindingView(String kind, List<String> accounts, Map<String, Double> numbers, String summary) {}

    /** Aggregate rows of the days [from, to]. */
    public record AggregatesView(LocalDate from, LocalDate to, List<AggregateRow> rows) {}
}
