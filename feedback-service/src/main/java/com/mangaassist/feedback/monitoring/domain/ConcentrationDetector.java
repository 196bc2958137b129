package com.mangaassist.feedback.monitoring.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario 2's "0.001% of users generating 8% of negative feedback": flags accounts with at least
 * {@code minNegatives} DOWNs and more than {@code concentrationFactor} times the median DOWN count of the
 * accounts that gave any feedback, and reports the share of all negatives they produce and their share of
 * the active accounts.
 */
public final class ConcentrationDetector {

    private final AnomalyPolicy policy;

    public ConcentrationDetector(AnomalyPolicy policy) {
        this.policy = policy;
    }

    public Optional<AnomalyFinding> detect(List<AccountSignals> accounts) {
        List<AccountSignals> active =
                accounts.stream().filter(a -> a.total() > 0).toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        double median = Statistics.median(
                active.stream().mapToDouble(AccountSignals::downs).toArray());
        double bar = policy.concentrationFactor() * median;
        List<AccountSignals> flagged = active.stream()
                .filter(a -> a.downs() >= policy.minNegatives() && a.downs() > bar)
                .toList();
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        long allNegatives = active.stream().mapToLong(AccountSignals::downs).sum();
        long theirs = flagged.stream().mapToLong(AccountSignals::downs).sum();
        double negativeShare = (double) theirs / allNegatives;
        double accountShare = (double) flagged.size() / active.size();
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("activeAccounts", (double) active.size());
        numbers.put("medianNegatives", median);
        numbers.put("negatives", (double) allNegatives);
        numbers.put("flaggedNegatives", (double) theirs);
        numbers.put("negativeShare", Statistics.round(negativeShare));
        numbers.put("accountShare", Statistics.round(accountShare));
        return Optional.of(new AnomalyFinding(
                AnomalyKind.CONCENTRATION,
                flagged.stream().map(AccountSignals::userId).toList(),
                numbers,
                String.format(
                        Locale.ROOT,
                        "%d accounts (%.2f%% of %d active) gave %.1f%% of the %d negatives",
                        flagged.size(),
                        accountShare * 100,
                        active.size(),
                        negativeShare * 100,
                        allNegatives)));
    }
}
