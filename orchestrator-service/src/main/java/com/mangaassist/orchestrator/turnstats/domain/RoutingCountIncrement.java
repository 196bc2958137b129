package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Instant;
import java.util.Objects;

/** Decisions to add to the counts of {@code topic} and {@code variant} in the bucket starting at {@code bucketStart}. */
public record RoutingCountIncrement(
        TopicCategory topic, ThresholdVariant variant, Instant bucketStart, long auto, long review, long handoff)
        implements StatsIncrement {

    public RoutingCountIncrement {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(bucketStart, "bucketStart");
        if (auto < 0 || review < 0 || handoff < 0 || auto + review + handoff == 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative and add up to something: " + auto + "/" + review + "/" + handoff);
        }
    }

    @Override
    public Instant periodStart() {
        return bucketStart;
    }

    @Override
    public void addTo(TurnStatsStore store) {
        store.add(this);
    }
}
