package com.mangaassist.feedback.monitoring.domain;

import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scenario 2's "uniform 30-45 second intervals": accounts with at least {@code minTimingSignals} signals
 * whose inter-arrival coefficient of variation over their last signals is below {@code maxTimingCv}. The
 * CV is {@link ProvenanceScorer#timingCv}, so provenance and this detector share one definition. All such
 * accounts form the cluster, reported even when it is a single account.
 */
public final class UniformTimingDetector {

    private final AnomalyPolicy policy;
    private final ProvenanceScorer scorer;

    public UniformTimingDetector(AnomalyPolicy policy, ProvenanceScorer scorer) {
        this.policy = policy;
        this.scorer = scorer;
    }

    public Optional<AnomalyFinding> detect(List<AccountSignals> accounts) {
        List<String> cluster = new ArrayList<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        int considered = 0;
        double largest = 0;
        for (AccountSignals account : accounts) {
            if (account.total() < policy.minTimingSignals()) {
                continue;
            }
            considered++;
            Optional<Double> cv = scorer.timingCv(account.times());
            if (cv.isPresent() && cv.get() < policy.maxTimingCv()) {
                cluster.add(account.userId());
                largest = Math.max(largest, cv.get());
            }
        }
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        numbers.put("accountsConsidered", (double) considered);
        numbers.put("clusterSize", (double) cluster.size());
        numbers.put("largestCv", Statistics.round(largest));
        numbers.put("maxCv", policy.maxTimingCv());
        return Optional.of(new AnomalyFinding(
                AnomalyKind.UNIFORM_TIMING,
                cluster,
                numbers,
                String.format(
                        Locale.ROOT,
                        "%d of %d accounts with >= %d signals arrive at near-constant intervals (CV <= %.3f < %.2f)",
                        cluster.size(),
                        considered,
                        policy.minTimingSignals(),
                        largest,
                        policy.maxTimingCv())));
    }
}
