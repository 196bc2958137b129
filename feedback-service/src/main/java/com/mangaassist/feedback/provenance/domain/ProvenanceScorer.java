package com.mangaassist.feedback.provenance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Scores a signal with {@link ProvenancePolicy}; pure, so its cost is measured by a benchmark in-process. */
public final class ProvenanceScorer {

    private final ProvenancePolicy policy;

    public ProvenanceScorer(ProvenancePolicy policy) {
        this.policy = policy;
    }

    public ProvenancePolicy policy() {
        return policy;
    }

    /**
     * @param account what the account service knows
     * @param recentSignals the account's earlier signal times, oldest first (at least the last hour and
     *     the last {@code timingSignals}); the signal being scored is {@code now} and is added here
     * @param reputation the account's standing
     */
    public ProvenanceScore score(
            AccountFacts account, List<Instant> recentSignals, Instant now, ReputationStanding reputation) {
        List<ProvenanceFactor> factors = new ArrayList<>();
        factors.add(
                account.hasPurchaseHistory()
                        ? new ProvenanceFactor("purchase-history", policy.purchase(), "has purchases")
                        : new ProvenanceFactor("no-purchase-history", policy.noPurchase(), "no purchases"));
        Optional<Instant> created = account.createdAt();
        if (created.isEmpty()) {
            factors.add(new ProvenanceFactor("new-account", policy.newAccount(), "account age unknown"));
        } else {
            Duration age = Duration.between(created.get(), now);
            String observed = "account " + age.toDays() + " days old";
            if (age.compareTo(policy.establishedAge()) > 0) {
                factors.add(new ProvenanceFactor("established-account", policy.established(), observed));
            } else if (age.compareTo(policy.newAge()) < 0) {
                factors.add(new ProvenanceFactor("new-account", policy.newAccount(), observed));
            }
        }
        List<Instant> all = new ArrayList<>(recentSignals);
        all.add(now);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long lastHour = all.stream().filter(t -> t.isAfter(hourAgo)).count();
        String rate = lastHour + " signals in the last hour";
        if (lastHour < policy.lowRate()) {
            factors.add(new ProvenanceFactor("low-rate", policy.lowRateWeight(), rate));
        } else if (lastHour > policy.highRate()) {
            factors.add(new ProvenanceFactor("high-rate", policy.highRateWeight(), rate));
        }
        timing(all).ifPresent(factors::add);
        double reputationAdjustment = reputation.adjustment(policy.reputationSpan());
        if (reputationAdjustment != 0) {
            factors.add(new ProvenanceFactor(
                    "reputation",
                    reputationAdjustment,
                    reputation.agreements() + " agreed, " + reputation.disagreements() + " disagreed"));
        }
        return ProvenanceScore.of(factors);
    }

    /** The coefficient of variation of the intervals between the last signals, or empty with too few. */
    public Optional<Double> timingCv(List<Instant> times) {
        int from = Math.max(0, times.size() - policy.timingSignals());
        List<Instant> last = times.subList(from, times.size());
        if (last.size() - 1 < policy.minIntervals()) {
            return Optional.empty();
        }
        double[] intervals = new double[last.size() - 1];
        double sum = 0;
        for (int i = 1; i < last.size(); i++) {
            intervals[i - 1] = Duration.between(last.get(i - 1), last.get(i)).toMillis();
            sum += intervals[i - 1];
        }
        double mean = sum / intervals.length;
        if (mean <= 0) {
            return Optional.of(0.0);
        }
        double squares = 0;
        for (double interval : intervals) {
            squares += (interval - mean) * (interval - mean);
        }
        return Optional.of(Math.sqrt(squares / intervals.length) / mean);
    }

    private Optional<ProvenanceFactor> timing(List<Instant> times) {
        return timingCv(times).flatMap(cv -> {
            String observed = String.format(
                    Locale.ROOT,
                    "interval CV %.2f over the last %d signals",
                    cv,
                    Math.min(times.size(), policy.timingSignals()));
            if (cv < policy.uniformCv()) {
                return Optional.of(new ProvenanceFactor("uniform-timing", policy.uniformWeight(), observed));
            }
            if (cv >= policy.organicCv()) {
                return Optional.of(new ProvenanceFactor("organic-timing", policy.organicWeight(), observed));
            }
            return Optional.empty();
        });
    }
}
