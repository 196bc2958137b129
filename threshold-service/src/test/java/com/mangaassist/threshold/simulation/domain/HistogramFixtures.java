package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Deterministic hourly histograms for tests and benchmarks: a number of turns per day spread over days,
 * JST hours and categories by weights, and over confidence bins by a piecewise-uniform mixture, with
 * integer counts that add up exactly (cumulative rounding).
 */
public final class HistogramFixtures {

    /** Equal traffic in every hour. */
    public static final double[] FLAT_DAY = flat();

    /**
     * A store's day in JST: quiet at night, busy at lunch, peaking 19:00–23:00 (about 8 % of the day's
     * turns in the peak hour, runbook scenario 1's 80K of 1M).
     */
    public static final double[] EVENING_PEAK_DAY = {
        2.0, 1.2, 0.7, 0.5, 0.4, 0.5, 1.0, 2.0, 3.0, 3.5, 3.8, 4.2, 5.0, 4.5, 4.0, 3.8, 4.0, 4.5, 5.5, 7.0, 8.0, 7.5,
        6.5, 4.0
    };

    private HistogramFixtures() {}

    /**
     * A mixture of confidence bands, each uniform over its bins.
     *
     * @param fromBins first bin of each band
     * @param toBins bin after the last of each band
     * @param masses each band's share of turns (adding up to 1)
     */
    public record Mixture(int[] fromBins, int[] toBins, double[] masses) {

        /** The cumulative share of turns below each bin edge, {@code COUNT + 1} values ending in exactly 1. */
        double[] cdf() {
            double[] density = new double[ConfidenceBins.COUNT];
            for (int band = 0; band < masses.length; band++) {
                int width = toBins[band] - fromBins[band];
                for (int b = fromBins[band]; b < toBins[band]; b++) {
                    density[b] += masses[band] / width;
                }
            }
            double[] cdf = new double[ConfidenceBins.COUNT + 1];
            for (int b = 0; b < density.length; b++) {
                cdf[b + 1] = cdf[b] + density[b];
            }
            cdf[ConfidenceBins.COUNT] = 1.0;
            return cdf;
        }
    }

    /**
     * Runbook scenario 3's distribution: 12 % of turns in [0.55, 0.85), 33 % in [0.85, 0.95), 55 % in [0.95,
     * 1.0). Under 0.85 auto-respond, 12 % escalate; under 0.95, 45 %.
     */
    public static Mixture scenario3() {
        return new Mixture(new int[] {550, 850, 950}, new int[] {850, 950, 1000}, new double[] {0.12, 0.33, 0.55});
    }

    /**
     * {@code days} days from {@code start} (a UTC midnight) of hourly histograms for every category with
     * {@code turnsPerDay} turns a day in total, split evenly over categories and by {@code jstHourWeights}
     * over the hours, confidence by {@code mixture}.
     */
    public static List<HourlyHistogram> days(
            Instant start, int days, long turnsPerDay, double[] jstHourWeights, Mixture mixture) {
        TopicCategory[] categories = TopicCategory.values();
        double hourTotal = Arrays.stream(jstHourWeights).sum();
        double[] cdf = mixture.cdf();
        List<HourlyHistogram> histograms = new ArrayList<>(days * 24 * categories.length);
        long totalTurns = turnsPerDay * days;
        double cumulative = 0;
        long allocated = 0;
        for (int day = 0; day < days; day++) {
            for (int utcHour = 0; utcHour < 24; utcHour++) {
                Instant hour = start.plus(Duration.ofHours(day * 24L + utcHour));
                double hourShare = jstHourWeights[(utcHour + 9) % 24] / hourTotal / days;
                for (TopicCategory category : categories) {
                    cumulative += hourShare / categories.length;
                    long upTo = Math.round(cumulative * totalTurns);
                    long turns = Math.max(0, upTo - allocated);
                    allocated += turns;
                    histograms.add(new HourlyHistogram(category, hour, spread(turns, cdf)));
                }
            }
        }
        return histograms;
    }

    /** {@code turns} turns over the bins by cumulative rounding of {@code cdf}. */
    static ConfidenceHistogram spread(long turns, double[] cdf) {
        long[] counts = new long[ConfidenceBins.COUNT];
        long previous = 0;
        for (int b = 0; b < counts.length; b++) {
            long upTo = Math.round(cdf[b + 1] * turns);
            counts[b] = upTo - previous;
            previous = upTo;
        }
        return ConfidenceHistogram.of(counts);
    }

    private static double[] flat() {
        double[] weights = new double[24];
        Arrays.fill(weights, 1.0);
        return weights;
    }
}
