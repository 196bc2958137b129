package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts to add to the confidence histogram of {@code topic} for the UTC hour starting at {@code hour}:
 * per non-empty {@link ConfidenceBins bin}, and to its total (which a chunk other than the first of a
 * histogram leaves at 0). The bins are kept in ascending order.
 */
public record HistogramIncrement(TopicCategory topic, Instant hour, Map<Integer, Long> bins, long total)
        implements StatsIncrement {

    public HistogramIncrement {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(hour, "hour");
        if (hour.getEpochSecond() % Duration.ofHours(1).toSeconds() != 0 || hour.getNano() != 0) {
            throw new IllegalArgumentException("hour must be the start of an hour: " + hour);
        }
        bins = Collections.unmodifiableSortedMap(new TreeMap<>(bins));
        for (var bin : bins.entrySet()) {
            if (bin.getKey() < 0 || bin.getKey() >= ConfidenceBins.COUNT || bin.getValue() <= 0) {
                throw new IllegalArgumentException(
                        "bins must be in [0, " + (ConfidenceBins.COUNT - 1) + "] with positive counts: " + bin);
            }
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (bins.isEmpty() && total == 0) {
            throw new IllegalArgumentException("an increment adds something");
        }
    }

    @Override
    public Instant periodStart() {
        return hour;
    }

    @Override
    public void addTo(TurnStatsStore store) {
        store.add(this);
    }
}
