package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turn statistics that add up: confidence histograms per topic and hour, decision counts per topic,
 * thresholds variant and bucket. Totals of different flushes, and increments that failed to be written,
 * merge by adding. Not thread-safe: the flush owns it.
 */
public final class TurnTotals {

    private record HourKey(TopicCategory topic, Instant hour) {}

    private record BucketKey(TopicCategory topic, ThresholdVariant variant, Instant start) {}

    private static final class Histogram {
        private final long[] bins = new long[ConfidenceBins.COUNT];
        private long total;
    }

    private static final Comparator<StatsIncrement> ORDER = Comparator.comparing(StatsIncrement::periodStart)
            .thenComparing(StatsIncrement::topic)
            .thenComparing(increment -> increment instanceof RoutingCountIncrement counts
                    ? counts.variant().ordinal()
                    : -1);

    private final Map<HourKey, Histogram> histograms = new HashMap<>();
    private final Map<BucketKey, long[]> decisions = new HashMap<>();

    /** Adds {@code count} turns to bin {@code bin} of the histogram of {@code topic} and {@code hour}, and to its total. */
    public void addToHistogram(TopicCategory topic, Instant hour, int bin, long count) {
        requirePositive(count);
        Histogram histogram = histogram(topic, hour);
        histogram.bins[bin] += count;
        histogram.total += count;
    }

    /** Adds {@code count} decisions {@code decision} to the counts of {@code topic}, {@code variant} and the bucket. */
    public void addDecisions(
            TopicCategory topic, ThresholdVariant variant, Instant bucketStart, RouteDecision decision, long count) {
        requirePositive(count);
        decisions.computeIfAbsent(new BucketKey(topic, variant, bucketStart), key -> new long[3])[index(decision)] +=
                count;
    }

    /** Adds back an increment, typically one that failed to be written. */
    public void add(StatsIncrement increment) {
        Objects.requireNonNull(increment, "increment");
        if (increment instanceof HistogramIncrement histogram) {
            Histogram target = histogram(histogram.topic(), histogram.hour());
            histogram.bins().forEach((bin, count) -> target.bins[bin] += count);
            target.total += histogram.total();
        } else {
            RoutingCountIncrement counts = (RoutingCountIncrement) increment;
            long[] target = decisions.computeIfAbsent(
                    new BucketKey(counts.topic(), counts.variant(), counts.bucketStart()), key -> new long[3]);
            target[0] += counts.auto();
            target[1] += counts.review();
            target[2] += counts.handoff();
        }
    }

    /** Adds everything in {@code other}. */
    public void addAll(TurnTotals other) {
        other.increments(ConfidenceBins.COUNT).forEach(this::add);
    }

    /**
     * Forgets every histogram and bucket that started before {@code cutoff} (past its retention: a write
     * would be expired already). Returns how many turns' worth of decisions were forgotten.
     */
    public long forgetBefore(Instant cutoff) {
        histograms.keySet().removeIf(key -> key.hour().isBefore(cutoff));
        long forgotten = 0;
        var buckets = decisions.entrySet().iterator();
        while (buckets.hasNext()) {
            var bucket = buckets.next();
            if (bucket.getKey().start().isBefore(cutoff)) {
                long[] counts = bucket.getValue();
                forgotten += counts[0] + counts[1] + counts[2];
                buckets.remove();
            }
        }
        return forgotten;
    }

    public boolean isEmpty() {
        return histograms.isEmpty() && decisions.isEmpty();
    }

    /**
     * Everything as writes, oldest period first: one per bucket of decision counts, and per histogram one
     * per {@code maxBinsPerWrite} non-empty bins (the first of them carrying the total).
     */
    public List<StatsIncrement> increments(int maxBinsPerWrite) {
        if (maxBinsPerWrite < 1) {
            throw new IllegalArgumentException("maxBinsPerWrite must be positive: " + maxBinsPerWrite);
        }
        List<StatsIncrement> increments = new ArrayList<>();
        histograms.forEach((key, histogram) -> chunk(key, histogram, maxBinsPerWrite, increments));
        decisions.forEach((key, counts) -> {
            if (counts[0] + counts[1] + counts[2] > 0) {
                increments.add(new RoutingCountIncrement(
                        key.topic(), key.variant(), key.start(), counts[0], counts[1], counts[2]));
            }
        });
        increments.sort(ORDER);
        return increments;
    }

    private static void chunk(HourKey key, Histogram histogram, int maxBins, List<StatsIncrement> into) {
        TreeMap<Integer, Long> chunk = new TreeMap<>();
        long total = histogram.total;
        for (int bin = 0; bin < ConfidenceBins.COUNT; bin++) {
            if (histogram.bins[bin] == 0) {
                continue;
            }
            chunk.put(bin, histogram.bins[bin]);
            if (chunk.size() == maxBins) {
                into.add(new HistogramIncrement(key.topic(), key.hour(), chunk, total));
                chunk = new TreeMap<>();
                total = 0;
            }
        }
        if (!chunk.isEmpty() || total > 0) {
            into.add(new HistogramIncrement(key.topic(), key.hour(), chunk, total));
        }
    }

    private Histogram histogram(TopicCategory topic, Instant hour) {
        return histograms.computeIfAbsent(new HourKey(topic, hour), key -> new Histogram());
    }

    private static void requirePositive(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    private static int index(RouteDecision decision) {
        return switch (decision) {
            case AUTO_RESPOND -> 0;
            case REVIEW -> 1;
            case HANDOFF -> 2;
        };
    }
}
