package com.mangaassist.console.oncall.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the escalation checklist's eleven steps, judged now.
 *
 * @param evidence the numbers the status was decided on (insertion order kept), including what could not be read
 * @param links service API paths ({@code <service> <path>}) that hold the data
 */
public record ChecklistStep(
        int step,
        String title,
        Status status,
        Map<String, Object> evidence,
        List<String> links,
        String recommendation,
        Optional<RunbookSuggestion> runbook) {

    public ChecklistStep {
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        links = List.copyOf(links);
    }

    public ChecklistStep withRunbook(RunbookSuggestion suggestion) {
        return new ChecklistStep(step, title, status, evidence, links, recommendation, Optional.of(suggestion));
    }
}
