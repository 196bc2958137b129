package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.CanaryCohort;
import com.mangaassist.model.routing.ThresholdSet;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate version of a topic's thresholds, served until {@code until} to the {@link CanaryCohort} of
 * {@code percent} % of sessions salted by the change request.
 *
 * @param version the candidate's version (1 or more)
 * @param thresholds its bounds
 * @param percent share of sessions in the cohort, in [0, 100]
 * @param until the canary is over at this instant (exclusive)
 * @param changeRequestId the change request that runs the canary; the cohort's salt
 */
public record CanaryThresholds(
        long version, ThresholdSet thresholds, double percent, Instant until, String changeRequestId) {

    public CanaryThresholds {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(until, "until");
        if (version < 1) {
            throw new IllegalArgumentException("a canary version is 1 or more: " + version);
        }
        if (!(percent >= 0.0 && percent <= 100.0)) {
            throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
        }
        if (changeRequestId == null || changeRequestId.isBlank()) {
            throw new IllegalArgumentException("changeRequestId must not be blank");
        }
    }

    /** True when the canary is still running at {@code now} and {@code session} is in its cohort. */
    public boolean serves(Instant now, SessionId session) {
        return until.isAfter(now) && CanaryCohort.contains(changeRequestId, session.value(), percent);
    }
}
