package com.mangaassist.threshold.configuration.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The only way the service changes a category's item: read it, apply a pure change, write conditionally
 * on the revision read, retry a few times when another writer (backpressure, a runbook, another instance)
 * got there first, and announce a change so the orchestrators see it within seconds.
 */
public final class ConfigurationWriter {

    /** Attempts before a contended write gives up. */
    static final int ATTEMPTS = 5;

    private final ThresholdStore store;
    private final ChangeAnnouncer announcer;
    private final Clock clock;

    public ConfigurationWriter(ThresholdStore store, ChangeAnnouncer announcer, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.announcer = Objects.requireNonNull(announcer, "announcer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies {@code change} to the current configuration of {@code category}. The change returns empty
     * when there is nothing to do (then nothing is written or announced). Returns the before and after.
     */
    public Optional<Written> update(
            TopicCategory category, Function<CategoryConfiguration, Optional<CategoryConfiguration>> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CategoryConfiguration before = store.get(category);
            Optional<CategoryConfiguration> next = change.apply(before);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().revision() != before.revision()) {
                throw new IllegalStateException("a change must not alter the revision it was based on");
            }
            ThresholdStore.WriteOutcome outcome = store.write(next.get());
            if (outcome instanceof ThresholdStore.WriteOutcome.Written written) {
                announcer.thresholdsChanged(category);
                return Optional.of(new Written(before, written.stored()));
            }
        }
        throw new StaleConfigurationException(category, ATTEMPTS);
    }

    /**
     * Makes {@code thresholds} the next active version of {@code category}, recording it in the history
     * first (so the item never names a version the history lacks). Versions only grow: a revert is a new
     * version with old values.
     */
    public Written activate(
            TopicCategory category,
            com.mangaassist.model.routing.ThresholdSet thresholds,
            String actor,
            String changeRequestId,
            String reason,
            Function<CategoryConfiguration, CategoryConfiguration> alsoChange) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CategoryConfiguration before = store.get(category);
            long nextVersion = Math.max(before.active().version(), highestRecorded(category)) + 1;
            ThresholdVersion version = new ThresholdVersion(
                    category, nextVersion, thresholds, clock.instant(), actor, changeRequestId, reason);
            if (!store.record(version)) {
                continue;
            }
            ThresholdStore.WriteOutcome outcome = store.write(alsoChange.apply(before.withActive(version)));
            if (outcome instanceof ThresholdStore.WriteOutcome.Written written) {
                announcer.thresholdsChanged(category);
                return new Written(before, written.stored());
            }
        }
        throw new StaleConfigurationException(category, ATTEMPTS);
    }

    private long highestRecorded(TopicCategory category) {
        var history = store.history(category);
        return history.isEmpty() ? 0 : history.get(history.size() - 1).version();
    }

    /** The configuration before and after a write. */
    public record Written(CategoryConfiguration before, CategoryConfiguration after) {}
}
