package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.RouteDecision;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The share of routed turns escalated — sent to review or handed off, a model outage counting as a handoff —
 * over a sliding window: the {@code EscalationRateAnomaly} alarm's signal (scenario 3, a careless threshold
 * change tripling the review load). Turns are counted in {@code slots} fixed slots that together span the
 * window; {@link #rate()} reads the slots still inside it. Fewer than {@code minimumTurns} turns are no
 * evidence and read as NaN, which Micrometer's CloudWatch registry leaves out (the alarm treats the gap as
 * not breaching): three escalated turns out of five at 4 a.m. page nobody.
 *
 * <p>Counting takes a short lock and does no I/O; at the peak's ~25 turns a second it is never contended
 * for long.
 */
public final class EscalationWindow implements TurnCounter {

    private final Clock clock;
    private final long slotMillis;
    private final long minimumTurns;
    private final long[] slotIndex;
    private final long[] turns;
    private final long[] escalated;

    public EscalationWindow(Clock clock, Duration window, int slots, long minimumTurns) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(window, "window");
        if (slots < 1 || window.toMillis() < slots) {
            throw new IllegalArgumentException(
                    "need at least one slot of at least a millisecond: " + window + " in " + slots + " slots");
        }
        if (minimumTurns < 1) {
            throw new IllegalArgumentException("minimumTurns must be at least 1: " + minimumTurns);
        }
        this.slotMillis = window.toMillis() / slots;
        this.minimumTurns = minimumTurns;
        this.slotIndex = new long[slots];
        this.turns = new long[slots];
        this.escalated = new long[slots];
        Arrays.fill(slotIndex, Long.MIN_VALUE);
    }

    @Override
    public synchronized void count(RoutedTurn turn) {
        Objects.requireNonNull(turn, "turn");
        long index = Math.floorDiv(clock.millis(), slotMillis);
        int slot = (int) Math.floorMod(index, (long) slotIndex.length);
        if (slotIndex[slot] != index) {
            slotIndex[slot] = index;
            turns[slot] = 0;
            escalated[slot] = 0;
        }
        turns[slot]++;
        if (turn.countedDecision() != RouteDecision.AUTO_RESPOND) {
            escalated[slot]++;
        }
    }

    /** Escalated turns / turns over the window, or NaN when fewer than the minimum turns were routed. */
    public synchronized double rate() {
        long current = Math.floorDiv(clock.millis(), slotMillis);
        long oldest = current - slotIndex.length + 1;
        long total = 0;
        long up = 0;
        for (int slot = 0; slot < slotIndex.length; slot++) {
            if (slotIndex[slot] >= oldest && slotIndex[slot] <= current) {
                total += turns[slot];
                up += escalated[slot];
            }
        }
        return total < minimumTurns ? Double.NaN : (double) up / total;
    }
}
