package com.mangaassist.orchestrator.routing.domain;

/**
 * Stores new threshold versions with optimistic concurrency: a change based on a version that is no
 * longer current is refused, and every stored version is also kept in the version history.
 */
public interface ThresholdChanges {

    /** Stores {@code change} as the next version, or reports it {@link ThresholdChangeOutcome.Stale}. */
    ThresholdChangeOutcome apply(ThresholdChange change);
}
