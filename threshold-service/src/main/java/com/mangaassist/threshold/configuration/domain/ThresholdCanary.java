package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.ThresholdSet;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate version served to a deterministic cohort of {@code percent} % of sessions (salted by the
 * change request) until {@code until}.
 */
public record ThresholdCanary(
        long version, ThresholdSet thresholds, double percent, Instant until, String changeRequestId) {

    public ThresholdCanary {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(changeRequestId, "changeRequestId");
        if (version < 1) {
            throw new IllegalArgumentException("a canary version starts at 1: " + version);
        }
        if (!(percent > 0.0 && percent <= 100.0)) {
            throw new IllegalArgumentException("canary percent must be in (0, 100]: " + percent);
        }
    }
}
