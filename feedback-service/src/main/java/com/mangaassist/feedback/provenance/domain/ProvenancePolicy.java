package com.mangaassist.feedback.provenance.domain;

import java.time.Duration;

/**
 * The runbook's provenance table (scenario 2) and the definitions behind it.
 *
 * <ul>
 *   <li>Purchase history: {@code purchase} if the account has bought, else {@code noPurchase}.
 *   <li>Account age: older than {@code establishedAge} → {@code established}; younger than {@code newAge},
 *       or unknown → {@code newAccount}.
 *   <li>Rate: the account's signals in the last hour, this one included: fewer than {@code lowRate} →
 *       {@code lowRateWeight}; more than {@code highRate} → {@code highRateWeight}.
 *   <li>Timing: the coefficient of variation (population standard deviation / mean) of the intervals
 *       between the account's last {@code timingSignals} signals, this one included, once there are at least
 *       {@code minIntervals} intervals: below {@code uniformCv} is uniform ({@code uniformWeight}), at or above
 *       {@code organicCv} organic ({@code organicWeight}); in between, or too few signals, no timing factor.
 *   <li>Reputation: at most ± {@code reputationSpan}/2 (see {@link ReputationStanding}).
 * </ul>
 *
 * Only signals scoring above {@code bar} are used.
 */
public record ProvenancePolicy(
        double purchase,
        double noPurchase,
        Duration establishedAge,
        double established,
        Duration newAge,
        double newAccount,
        int lowRate,
        double lowRateWeight,
        int highRate,
        double highRateWeight,
        int timingSignals,
        int minIntervals,
        double uniformCv,
        double uniformWeight,
        double organicCv,
        double organicWeight,
        double reputationSpan,
        double bar) {

    public ProvenancePolicy {
        if (newAge.compareTo(establishedAge) > 0) {
            throw new IllegalArgumentException("newAge must not exceed establishedAge");
        }
        if (lowRate < 1 || highRate < lowRate) {
            throw new IllegalArgumentException("rates must satisfy 1 <= lowRate <= highRate");
        }
        if (minIntervals < 2 || timingSignals < minIntervals + 1) {
            throw new IllegalArgumentException("timing needs minIntervals >= 2 and timingSignals > minIntervals");
        }
        if (uniformCv <= 0 || organicCv < uniformCv) {
            throw new IllegalArgumentException("timing thresholds must satisfy 0 < uniformCv <= organicCv");
        }
        if (reputationSpan < 0 || reputationSpan > 1 || bar < -1 || bar > 1) {
            throw new IllegalArgumentException("reputationSpan must be in [0, 1] and bar in [-1, 1]");
        }
    }

    /** The runbook's table with the definitions documented in docs/FEEDBACK.md. */
    public static ProvenancePolicy runbook() {
        return new ProvenancePolicy(
                0.3,
                -0.3,
                Duration.ofDays(30),
                0.2,
                Duration.ofDays(7),
                -0.2,
                5,
                0.1,
                20,
                -0.5,
                10,
                8,
                0.2,
                -0.4,
                0.5,
                0.2,
                0.4,
                0.3);
    }
}
