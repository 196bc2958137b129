package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code thresholds} items and the {@code threshold-versions} history (port). Writes are conditional
 * on the revision read; the history is append-only.
 */
public interface ThresholdStore {

    /** Every category's configuration; a category without an item is {@link CategoryConfiguration#unstored}. */
    Map<TopicCategory, CategoryConfiguration> all();

    CategoryConfiguration get(TopicCategory category);

    /** Stores {@code next} as revision {@code next.revision() + 1} if the stored revision is still {@code next.revision()}. */
    WriteOutcome write(CategoryConfiguration next);

    /** Adds {@code version} to the history; false when that version number is already recorded. */
    boolean record(ThresholdVersion version);

    /** The history of {@code category}, oldest first. */
    List<ThresholdVersion> history(TopicCategory category);

    Optional<ThresholdVersion> version(TopicCategory category, long version);

    /** What became of a conditional write. */
    sealed interface WriteOutcome {
        record Written(CategoryConfiguration stored) implements WriteOutcome {}

        /** Someone wrote the item since it was read: nothing was written. */
        record Stale(TopicCategory category) implements WriteOutcome {}
    }
}
