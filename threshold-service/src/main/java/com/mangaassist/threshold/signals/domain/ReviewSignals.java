package com.mangaassist.threshold.signals.domain;

import java.util.Optional;

/**
 * The review service's current queue and capacity, merged from the snapshots its instances publish
 * (docs/THRESHOLDS.md, {@code review-signals}).
 */
public interface ReviewSignals {

    /**
     * The merge of every fresh snapshot ({@link SignalMerge}); empty when no instance published one recently
     * (the review service is down or not publishing: "unknown", not "idle"). Unreadable snapshots are left
     * out, never fail the read.
     *
     * @throws ReviewSignalsUnavailableException when the snapshots cannot be read at all
     */
    Optional<CapacitySignals> current();
}
