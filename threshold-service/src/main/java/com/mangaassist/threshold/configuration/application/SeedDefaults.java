package com.mangaassist.threshold.configuration.application;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stores the built-in defaults as version 1 of every category that has no item yet, so the orchestrators
 * route with a recorded version from the first turn. Categories with an item are left alone: running it
 * again (every start of every instance) changes nothing.
 */
public final class SeedDefaults {

    private final ThresholdStore store;
    private final ConfigurationWriter writer;

    public SeedDefaults(ThresholdStore store, ConfigurationWriter writer) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Returns the categories it seeded. */
    public List<TopicCategory> seed() {
        List<TopicCategory> seeded = new ArrayList<>();
        for (TopicCategory category : TopicCategory.values()) {
            if (store.get(category).stored()) {
                continue;
            }
            try {
                writer.activate(
                        category,
                        DefaultThresholds.of(category),
                        DefaultThresholds.AUTHOR,
                        "",
                        "built-in default",
                        c -> c);
                seeded.add(category);
            } catch (StaleConfigurationException seededMeanwhile) {
                // another instance seeded it at the same moment: that is the outcome wanted
            }
        }
        return seeded;
    }
}
