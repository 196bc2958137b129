package com.mangaassist.feedback.monitoring.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one detector found: the accounts it names (sorted), the numbers behind the verdict (in a stable
 * order) and a sentence for people.
 */
public record AnomalyFinding(AnomalyKind kind, List<String> accounts, Map<String, Double> numbers, String summary) {

    public AnomalyFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        accounts = accounts.stream().sorted().toList();
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a finding names at least one account");
        }
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }
}
