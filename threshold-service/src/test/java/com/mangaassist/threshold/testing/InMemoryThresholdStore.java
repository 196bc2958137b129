package com.mangaassist.threshold.testing;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The thresholds store in memory, with the same revision semantics as the DynamoDB adapter. */
public final class InMemoryThresholdStore implements ThresholdStore {

    private final Map<TopicCategory, CategoryConfiguration> items = new EnumMap<>(TopicCategory.class);
    private final Map<TopicCategory, List<ThresholdVersion>> history = new EnumMap<>(TopicCategory.class);
    public int writes;

    @Override
    public synchronized Map<TopicCategory, CategoryConfiguration> all() {
        Map<TopicCategory, CategoryConfiguration> all = new EnumMap<>(TopicCategory.class);
        for (TopicCategory category : TopicCategory.values()) {
            all.put(category, get(category));
        }
        return all;
    }

    @Override
    public synchronized CategoryConfiguration get(TopicCategory category) {
        return items.getOrDefault(category, CategoryConfiguration.unstored(category));
    }

    @Override
    public synchronized WriteOutcome write(CategoryConfiguration next) {
        if (get(next.category()).revision() != next.revision()) {
            return new WriteOutcome.Stale(next.category());
        }
        CategoryConfiguration stored = new CategoryConfiguration(
                next.category(), next.active(), next.canary(), next.overrides(), next.revision() + 1);
        items.put(next.category(), stored);
        writes++;
        return new WriteOutcome.Written(stored);
    }

    @Override
    public synchronized boolean record(ThresholdVersion version) {
        List<ThresholdVersion> versions = history.computeIfAbsent(version.category(), c -> new ArrayList<>());
        if (versions.stream().anyMatch(v -> v.version() == version.version())) {
            return false;
        }
        versions.add(version);
        versions.sort(java.util.Comparator.comparingLong(ThresholdVersion::version));
        return true;
    }

    @Override
    public synchronized List<ThresholdVersion> history(TopicCategory category) {
        return List.copyOf(history.getOrDefault(category, List.of()));
    }

    @Override
    public synchronized Optional<ThresholdVersion> version(TopicCategory category, long version) {
        return history(category).stream().filter(v -> v.version() == version).findFirst();
    }
}
