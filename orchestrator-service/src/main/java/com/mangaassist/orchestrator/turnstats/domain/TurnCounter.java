package com.mangaassist.orchestrator.turnstats.domain;

/** Counts routed turns for the turn statistics. Called on the turn path: never blocks, never does I/O. */
public interface TurnCounter {

    void count(RoutedTurn turn);
}
