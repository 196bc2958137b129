package com.mangaassist.orchestrator.turnstats.application;

import com.mangaassist.orchestrator.turnstats.domain.StatsIncrement;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsStore;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsWriteException;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import com.mangaassist.orchestrator.turnstats.domain.TurnTotals;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves what the {@link TurnTally} counted into the {@link TurnStatsStore}. Each flush drains the tally,
 * adds back what earlier flushes failed to write, and writes it increment by increment (a histogram in
 * chunks of at most {@value #MAX_BINS_PER_WRITE} bins). An increment that fails is kept, whole, for the
 * next flush; one that was written is never written again, so a partial failure re-sends only what
 * failed. (A write that fails after the store applied it, such as a timeout on the response, is sent
 * again: the store's additions cannot tell, so such a failure can count twice.) Counts older than the
 * retention are forgotten rather than kept forever while the store is down.
 */
public final class FlushTurnStats {

    /** The most histogram bins one write adds, so each update expression stays small. */
    public static final int MAX_BINS_PER_WRITE = 100;

    private final TurnTally tally;
    private final TurnStatsStore store;
    private final Duration retention;
    private final Clock clock;
    private TurnTotals unwritten = new TurnTotals();

    public FlushTurnStats(TurnTally tally, TurnStatsStore store, Duration retention, Clock clock) {
        this.tally = Objects.requireNonNull(tally, "tally");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        this.retention = retention;
    }

    /** One flush; safe to call from several threads (flushes run one at a time). */
    public synchronized FlushReport flush() {
        TurnTotals totals = tally.drain();
        totals.addAll(unwritten);
        long forgotten = totals.forgetBefore(clock.instant().minus(retention));
        TurnTotals failed = new TurnTotals();
        int written = 0;
        int failures = 0;
        TurnStatsWriteException firstFailure = null;
        List<StatsIncrement> increments = totals.increments(MAX_BINS_PER_WRITE);
        int next = 0;
        try {
            for (; next < increments.size(); next++) {
                StatsIncrement increment = increments.get(next);
                try {
                    increment.addTo(store);
                    written++;
                } catch (TurnStatsWriteException failure) {
                    failed.add(increment);
                    failures++;
                    if (firstFailure == null) {
                        firstFailure = failure;
                    }
                }
            }
        } finally {
            // an unexpected failure ends the flush early: what was not (known to be) written is kept
            for (int rest = next; rest < increments.size(); rest++) {
                failed.add(increments.get(rest));
            }
            unwritten = failed;
        }
        return new FlushReport(written, failures, forgotten, Optional.ofNullable(firstFailure));
    }
}
