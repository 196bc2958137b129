package com.mangaassist.feedback.monitoring.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario 2's cohort rule: among accounts with at least {@code minSignals} binary signals, flags those
 * whose negative (DOWN) rate is more than {@code deviations} standard deviations above the cohort mean and
 * who gave at least {@code minNegatives} DOWNs. The count floor is the runbook's own (its detection query
 * has {@code HAVING negative_count > 20}): a customer with five thumbs-down in six ratings is a rate
 * outlier by chance far more often than an attacker, and a rate over a handful of signals proves little.
 *
 * <p>The standard deviation is estimated robustly, as 1.4826 times the median absolute deviation around
 * the median, because a large attacking cohort inflates a plain standard deviation: with enough accounts
 * at a negative rate of 1.0 the plain spread grows until none of them is more than two deviations above
 * the mean, and the attack hides in the statistic meant to find it (a quarter of the cohort is enough when
 * organic rates lie between 0.1 and 0.3). The MAD barely moves until attackers approach half the cohort.
 * For the same reason the centre is the cohort median, the robust estimate of the runbook's "cohort mean":
 * fifteen attackers at a rate of 1.0 among twenty customers at 0.2 lift the plain mean to 0.54, and mean +
 * 2 sd then lies above 1.0, where nobody can be; the median stays with the customers. The plain mean is
 * still reported. When the MAD is 0 (more than half the cohort share one rate) it falls back to the plain
 * standard deviation; when that is 0 too, nobody deviates.
 */
public final class CohortDeviationDetector {

    private final AnomalyPolicy policy;

    public CohortDeviationDetector(AnomalyPolicy policy) {
        this.policy = policy;
    }

    public Optional<AnomalyFinding> detect(List<AccountSignals> accounts) {
        List<AccountSignals> cohort =
                accounts.stream().filter(a -> a.total() >= policy.minSignals()).toList();
        if (cohort.size() < 2) {
            return Optional.empty();
        }
        double[] rates =
                cohort.stream().mapToDouble(AccountSignals::negativeRate).toArray();
        double mean = Statistics.mean(rates);
        double median = Statistics.median(rates);
        double mad = Statistics.medianAbsoluteDeviation(rates);
        boolean robust = mad > 0;
        double spread = robust ? Statistics.MAD_SCALE * mad : Statistics.standardDeviation(rates);
        if (spread == 0) {
            return Optional.empty();
        }
        double threshold = median + policy.deviations() * spread;
        List<String> flagged = cohort.stream()
                .filter(a -> a.negativeRate() > threshold && a.downs() >= policy.minNegatives())
                .map(AccountSignals::userId)
                .toList();
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("cohortAccounts", (double) cohort.size());
        numbers.put("cohortMeanNegativeRate", Statistics.round(mean));
        numbers.put("cohortMedianNegativeRate", Statistics.round(median));
        numbers.put("standardDeviation", Statistics.round(spread));
        numbers.put("robust", robust ? 1.0 : 0.0);
        numbers.put("threshold", Statistics.round(threshold));
        return Optional.of(new AnomalyFinding(
                AnomalyKind.COHORT_DEVIATION,
                flagged,
                numbers,
                String.format(
                        Locale.ROOT,
                        "%d of %d accounts have a negative rate above %.3f (cohort median %.3f + %.1f x %s sd %.3f)",
                        flagged.size(),
                        cohort.size(),
                        threshold,
                        median,
                        policy.deviations(),
                        robust ? "robust" : "plain",
                        spread)));
    }
}
