package com.mangaassist.orchestrator.turnstats.application;

import com.mangaassist.orchestrator.turnstats.domain.TurnStatsWriteException;
import java.util.Objects;
import java.util.Optional;

/**
 * What one flush did.
 *
 * @param written writes that were applied
 * @param failed writes that failed; their counts are kept for the next flush
 * @param forgottenTurns decisions of turns forgotten because their bucket is older than the retention
 *     (they had failed to be written for that long)
 * @param firstFailure the first failure of this flush, if any
 */
public record FlushReport(
        int written, int failed, long forgottenTurns, Optional<TurnStatsWriteException> firstFailure) {

    public FlushReport {
        Objects.requireNonNull(firstFailure, "firstFailure");
    }
}
