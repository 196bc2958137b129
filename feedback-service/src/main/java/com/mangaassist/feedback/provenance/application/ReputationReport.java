package com.mangaassist.feedback.provenance.application;

import com.mangaassist.feedback.provenance.domain.ReputationStanding;
import com.mangaassist.feedback.provenance.domain.Reputations;
import java.time.Instant;
import java.util.List;

/** An account's reputation as on-call reads it: counts, share, the provenance adjustment it gives, evidence. */
public final class ReputationReport {

    private final Reputations reputations;
    private final double span;

    public ReputationReport(Reputations reputations, double span) {
        this.reputations = reputations;
        this.span = span;
    }

    public View of(String userId) {
        ReputationStanding standing = reputations.find(userId);
        return new View(
                userId,
                standing.agreements(),
                standing.disagreements(),
                standing.share(),
                standing.adjustment(span),
                standing.recentEvidence(),
                standing.updatedAt());
    }

    /** The standing with its adjustment under the configured span. */
    public record View(
            String userId,
            int agreements,
            int disagreements,
            double share,
            double adjustment,
            List<String> evidence,
            Instant updatedAt) {}
}
