package com.mangaassist.feedback.intake.domain;

import java.util.List;
import java.util.Locale;

/**
 * How corrections are checked: length in characters ({@code minChars}-{@code maxChars}), competitor
 * domains and brand names removed (matched case-insensitively), and the embedding similarity to the
 * question below which a correction counts as unrelated.
 */
public record CorrectionPolicy(
        int minChars,
        int maxChars,
        List<String> competitorDomains,
        List<String> competitorBrands,
        double minRelatedness) {

    public CorrectionPolicy {
        if (minChars < 1 || maxChars < minChars || maxChars > 10_000) {
            throw new IllegalArgumentException("correction length limits must satisfy 1 <= min <= max <= 10000");
        }
        if (minRelatedness < -1 || minRelatedness > 1) {
            throw new IllegalArgumentException("minRelatedness must be in [-1, 1]");
        }
        competitorDomains = competitorDomains.stream()
                .map(d -> d.trim().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .toList();
        competitorBrands = competitorBrands.stream()
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .toList();
    }
}
