package com.mangaassist.threshold.configuration.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The version to go back to: the newest version older than the current one that served at least
 * {@code minimumServed} before the next version replaced it (a version the breaker cut short, or that
 * served only minutes, has not shown it is good). Empty when there is none: the caller falls back to the
 * built-in defaults.
 */
public final class LastKnownGood {

    private LastKnownGood() {}

    public static Optional<ThresholdVersion> select(
            List<ThresholdVersion> historyOldestFirst, long currentVersion, Duration minimumServed) {
        for (int i = historyOldestFirst.size() - 1; i >= 0; i--) {
            ThresholdVersion candidate = historyOldestFirst.get(i);
            if (candidate.version() >= currentVersion) {
                continue;
            }
            Instant replacedAt = i + 1 < historyOldestFirst.size()
                    ? historyOldestFirst.get(i + 1).createdAt()
                    : Instant.MAX;
            if (!Duration.between(candidate.createdAt(), replacedAt)
                    .minus(minimumServed)
                    .isNegative()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
