package com.mangaassist.orchestrator.turnstats.domain;

/** Counts routed turns for the turn statistics. Called on the turn path: never blocks, never does I/O. */
public interface TurnCounter {

    void count(RoutedTurn turn);

    /** Counts every turn in each of {@code counters}, in order. */
    static TurnCounter all(TurnCounter... counters) {
        TurnCounter[] each = counters.clone();
        return turn -> {
            for (TurnCounter counter : each) {
                counter.count(turn);
            }
        };
    }
}
