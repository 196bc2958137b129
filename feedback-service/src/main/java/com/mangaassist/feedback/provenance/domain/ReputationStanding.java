package com.mangaassist.feedback.provenance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An account's feedback reputation: how often its past signals agreed or disagreed with what reviewers
 * decided and with the majority of trusted signals on the same topic. Its score is the Laplace-smoothed
 * agreement share {@code (agreements + 1) / (agreements + disagreements + 2)}, in (0, 1), 0.5 with no
 * evidence; its provenance adjustment is {@code span × (share − 0.5)}, bounded by ± span/2, and only once
 * {@link #MIN_EVIDENCE} signals were judged.
 */
public record ReputationStanding(
        String userId, int agreements, int disagreements, List<String> recentEvidence, Instant updatedAt) {

    public static final int MIN_EVIDENCE = 3;

    public ReputationStanding {
        Objects.requireNonNull(userId, "userId");
        if (agreements < 0 || disagreements < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        recentEvidence = List.copyOf(recentEvidence);
    }

    public static ReputationStanding none(String userId) {
        return new ReputationStanding(userId, 0, 0, List.of(), null);
    }

    public double share() {
        return (agreements + 1.0) / (agreements + disagreements + 2.0);
    }

    public double adjustment(double span) {
        if (agreements + disagreements < MIN_EVIDENCE) {
            return 0;
        }
        return Math.round(span * (share() - 0.5) * 1000) / 1000.0;
    }
}
