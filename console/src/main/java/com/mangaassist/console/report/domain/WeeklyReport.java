package com.mangaassist.console.report.domain;

import java.time.Instant;
import java.util.List;

/** The weekly review for {@code week}: [{@code from}, {@code to}) in UTC, generated at {@code generatedAt}. */
public record WeeklyReport(String week, Instant from, Instant to, Instant generatedAt, List<ReportSection> sections) {

    public WeeklyReport {
        sections = List.copyOf(sections);
    }

    public ReportSection section(String key) {
        return sections.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }
}
