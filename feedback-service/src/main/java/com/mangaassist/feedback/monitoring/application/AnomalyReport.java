package com.mangaassist.feedback.monitoring.application;

import com.mangaassist.feedback.monitoring.domain.AnomalyFinding;
import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One detection run over [{@code windowFrom}, {@code windowTo}): how many binary records and accounts it
 * saw, what each detector found, and the quarantine proposed for the accounts named (null when none).
 */
public record AnomalyReport(
        Instant ranAt,
        Instant windowFrom,
        Instant windowTo,
        int recordsRead,
        int accountsSeen,
        List<AnomalyFinding> findings,
        ProposedQuarantine proposedQuarantine) {

    public AnomalyReport {
        Objects.requireNonNull(ranAt, "ranAt");
        findings = List.copyOf(findings);
    }

    public List<AnomalyKind> kinds() {
        return findings.stream().map(AnomalyFinding::kind).toList();
    }
}
