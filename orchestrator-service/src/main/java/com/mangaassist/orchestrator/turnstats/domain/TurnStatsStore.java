package com.mangaassist.orchestrator.turnstats.domain;

/**
 * Where turn statistics are kept: every call adds its increment to what is stored (never replaces), so
 * instances and flushes add up. Each call is one write that either applies or fails with
 * {@link TurnStatsWriteException}.
 */
public interface TurnStatsStore {

    /** Adds the bins and total of {@code increment} to its topic's histogram of its hour. */
    void add(HistogramIncrement increment);

    /** Adds the decisions of {@code increment} to its topic's, variant's and bucket's counts. */
    void add(RoutingCountIncrement increment);
}
