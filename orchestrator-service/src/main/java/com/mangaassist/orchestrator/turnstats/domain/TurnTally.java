package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The in-memory count of routed turns since the last {@link #drain()}: no I/O and no lock on the turn path
 * (a map lookup and two atomic increments). A turn is counted in the UTC hour and in the bucket (the
 * {@code bucket}-aligned period, counted from the epoch) in which the injected clock says it was routed.
 *
 * <p>Counting goes into the current window; {@link #drain()} swaps in a fresh window and waits for the
 * turns already counting into the old one to finish before reading it, so no turn is lost or counted
 * twice however the two interleave.
 */
public final class TurnTally implements TurnCounter {

    private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

    private record HourSlot(TopicCategory topic, long hour) {}

    private record BucketSlot(TopicCategory topic, ThresholdVariant variant, long startMillis) {}

    private final Clock clock;
    private final long bucketMillis;
    private final AtomicReference<Window> window = new AtomicReference<>(new Window());

    public TurnTally(Clock clock, Duration bucket) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (bucket == null || bucket.toMillis() < 1) {
            throw new IllegalArgumentException("bucket must be at least a millisecond: " + bucket);
        }
        this.bucketMillis = bucket.toMillis();
    }

    @Override
    public void count(RoutedTurn turn) {
        Objects.requireNonNull(turn, "turn");
        long now = clock.millis();
        while (true) {
            Window current = window.get();
            if (current.enter()) {
                try {
                    current.add(turn, now);
                } finally {
                    current.leave();
                }
                return;
            }
            // drained between get() and enter(): its successor is already in place, count there
        }
    }

    /** Everything counted since the last drain; counting goes on afresh. */
    public TurnTotals drain() {
        Window drained = window.getAndSet(new Window());
        drained.close();
        return drained.totals();
    }

    /**
     * One period of counting. {@link #enter()} and {@link #close()} form a handshake on two volatile
     * variables: a counter announces itself, then checks the window is still open; the drain marks it
     * closed, then waits until no counter is inside. Whichever goes second sees the other.
     */
    private final class Window {

        private final AtomicInteger counting = new AtomicInteger();
        private volatile boolean closed;
        private final ConcurrentHashMap<HourSlot, AtomicLongArray> histograms = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<BucketSlot, AtomicLongArray> decisions = new ConcurrentHashMap<>();

        boolean enter() {
            counting.incrementAndGet();
            if (closed) {
                counting.decrementAndGet();
                return false;
            }
            return true;
        }

        void leave() {
            counting.decrementAndGet();
        }

        void close() {
            closed = true;
            while (counting.get() != 0) {
                Thread.onSpinWait();
            }
        }

        void add(RoutedTurn turn, long nowMillis) {
            if (!turn.modelUnavailable()) {
                histograms
                        .computeIfAbsent(
                                new HourSlot(turn.topic(), Math.floorDiv(nowMillis, HOUR_MILLIS)),
                                slot -> new AtomicLongArray(ConfidenceBins.COUNT))
                        .incrementAndGet(ConfidenceBins.of(turn.confidence()));
            }
            long bucketStart = nowMillis - Math.floorMod(nowMillis, bucketMillis);
            decisions
                    .computeIfAbsent(
                            new BucketSlot(turn.topic(), turn.variant(), bucketStart), slot -> new AtomicLongArray(3))
                    .incrementAndGet(index(turn.countedDecision()));
        }

        TurnTotals totals() {
            TurnTotals totals = new TurnTotals();
            histograms.forEach((slot, bins) -> {
                Instant hour = Instant.ofEpochMilli(slot.hour() * HOUR_MILLIS);
                for (int bin = 0; bin < bins.length(); bin++) {
                    long count = bins.get(bin);
                    if (count > 0) {
                        totals.addToHistogram(slot.topic(), hour, bin, count);
                    }
                }
            });
            decisions.forEach((slot, counts) -> {
                Instant start = Instant.ofEpochMilli(slot.startMillis());
                addDecisions(totals, slot, start, RouteDecision.AUTO_RESPOND, counts.get(0));
                addDecisions(totals, slot, start, RouteDecision.REVIEW, counts.get(1));
                addDecisions(totals, slot, start, RouteDecision.HANDOFF, counts.get(2));
            });
            return totals;
        }

        private void addDecisions(
                TurnTotals totals, BucketSlot slot, Instant start, RouteDecision decision, long count) {
            if (count > 0) {
                totals.addDecisions(slot.topic(), slot.variant(), start, decision, count);
            }
        }
    }

    private static int index(RouteDecision decision) {
        return switch (decision) {
            case AUTO_RESPOND -> 0;
            case REVIEW -> 1;
            case HANDOFF -> 2;
        };
    }
}
