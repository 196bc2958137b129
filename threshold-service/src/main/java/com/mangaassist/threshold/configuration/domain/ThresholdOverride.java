package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.ThresholdSet;
import java.time.Instant;
import java.util.Objects;

/** A time-boxed relaxation of one category's thresholds; it stops applying at {@code expiresAt} by itself. */
public record ThresholdOverride(
        String id, OverrideKind kind, ThresholdSet thresholds, Instant expiresAt, String reason) {

    public ThresholdOverride {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("override id must be 1-100 characters");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean inForce(Instant now) {
        return expiresAt.isAfter(now);
    }
}
