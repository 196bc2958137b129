package com.mangaassist.orchestrator.turnstats;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.turnstats.domain.HistogramIncrement;
import com.mangaassist.orchestrator.turnstats.domain.RoutingCountIncrement;
import com.mangaassist.orchestrator.turnstats.domain.StatsIncrement;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An in-memory {@link TurnStatsStore} that adds up what it is given, the way the tables do, and can be told
 * to fail writes.
 */
public final class StatsSums implements TurnStatsStore {

    /** Histogram cell: topic, hour, bin (-1 = total). */
    public record Cell(TopicCategory topic, Instant hour, int bin) {}

    /** Routing counts row: topic, variant, bucket start. */
    public record Row(TopicCategory topic, ThresholdVariant variant, Instant start) {}

    private final Map<Cell, Long> histograms = new TreeMap<>(java.util.Comparator.comparing(Cell::topic)
            .thenComparing(Cell::hour)
            .thenComparingInt(Cell::bin));
    private final Map<Row, long[]> counts = new java.util.HashMap<>();
    private final List<StatsIncrement> applied = new ArrayList<>();
    private Predicate<StatsIncrement> failing = increment -> false;
    private RuntimeException failure;

    /** Writes matching {@code failing} throw {@code failure} until told otherwise. */
    public synchronized void fail(Predicate<StatsIncrement> failing, RuntimeException failure) {
        this.failing = failing;
        this.failure = failure;
    }

    public synchronized void recover() {
        failing = increment -> false;
    }

    @Override
    public synchronized void add(HistogramIncrement increment) {
        check(increment);
        increment
                .bins()
                .forEach((bin, count) ->
                        histograms.merge(new Cell(increment.topic(), increment.hour(), bin), count, Long::sum));
        if (increment.total() > 0) {
            histograms.merge(new Cell(increment.topic(), increment.hour(), -1), increment.total(), Long::sum);
        }
        applied.add(increment);
    }

    @Override
    public synchronized void add(RoutingCountIncrement increment) {
        check(increment);
        long[] row = counts.computeIfAbsent(
                new Row(increment.topic(), increment.variant(), increment.bucketStart()), key -> new long[3]);
        row[0] += increment.auto();
        row[1] += increment.review();
        row[2] += increment.handoff();
        applied.add(increment);
    }

    public synchronized long bin(TopicCategory topic, Instant hour, int bin) {
        return histograms.getOrDefault(new Cell(topic, hour, bin), 0L);
    }

    public synchronized long total(TopicCategory topic, Instant hour) {
        return bin(topic, hour, -1);
    }

    /** Sum of every bin of every histogram (not totals). */
    public synchronized long binsSum() {
        return histograms.entrySet().stream()
                .filter(cell -> cell.getKey().bin() >= 0)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** auto, review, handoff of one row. */
    public synchronized long[] counts(TopicCategory topic, ThresholdVariant variant, Instant start) {
        return counts.getOrDefault(new Row(topic, variant, start), new long[3]).clone();
    }

    /** Every decision counted, in every row. */
    public synchronized long decisions() {
        return counts.values().stream()
                .mapToLong(row -> row[0] + row[1] + row[2])
                .sum();
    }

    public synchronized List<StatsIncrement> applied() {
        return List.copyOf(applied);
    }

    private void check(StatsIncrement increment) {
        if (failing.test(increment)) {
            throw failure;
        }
    }
}
