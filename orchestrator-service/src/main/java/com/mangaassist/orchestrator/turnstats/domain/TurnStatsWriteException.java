package com.mangaassist.orchestrator.turnstats.domain;

/** An increment could not be added to the statistics store; it was not applied (or not known to be). */
public final class TurnStatsWriteException extends RuntimeException {

    public TurnStatsWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
