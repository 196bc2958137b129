package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.ThresholdSet;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A time-boxed replacement of a topic's thresholds, in force until {@code expiresAt} (exclusive). Never
 * applied to a topic that is protected from overrides.
 *
 * @param id the override's id, recorded on the messages it routed
 * @param kind why it was put in place
 * @param thresholds the bounds it imposes
 * @param expiresAt it stops applying at this instant
 * @param reason what the writer said about it (may be empty)
 */
public record ThresholdOverride(
        String id, OverrideKind kind, ThresholdSet thresholds, Instant expiresAt, String reason) {

    /**
     * Most relaxed first: the lowest auto-respond minimum, then the lowest review minimum, then the lowest
     * handoff bound; the id breaks ties so the choice never depends on the stored order.
     */
    public static final Comparator<ThresholdOverride> MOST_RELAXED_FIRST =
            Comparator.<ThresholdOverride>comparingDouble(o -> o.thresholds().autoRespondMin())
                    .thenComparingDouble(o -> o.thresholds().reviewMin())
                    .thenComparingDouble(o -> o.thresholds().handoffBelow())
                    .thenComparing(ThresholdOverride::id);

    public ThresholdOverride {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(reason, "reason");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an override id must not be blank");
        }
    }

    /** True while the override has not expired. */
    public boolean inForceAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
