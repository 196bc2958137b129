package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * An immutable count of turns per confidence bin ({@link ConfidenceBins}: {@value ConfidenceBins#COUNT}
 * bins 0.001 wide, bin 1000 holding exactly 1.0). Histograms merge by adding counts ({@link #plus}, or a
 * {@link Builder} to add many without a copy each), so hours, categories and instances combine without
 * loss; merging is associative and commutative.
 *
 * <p>Sums of confidence use each bin's {@linkplain #representative(int) representative score}: the bin's
 * midpoint {@code (i + 0.5) / 1000}, except bin 1000 which holds exactly 1.0. The midpoint is the unbiased
 * choice for scores spread across a bin; the lower bound would understate every sum by up to 0.001 per
 * turn.
 */
public final class ConfidenceHistogram {

    private static final double[] REPRESENTATIVE = representatives();
    private static final ConfidenceHistogram EMPTY = new ConfidenceHistogram(new long[ConfidenceBins.COUNT], 0);

    private final long[] counts;
    private final long total;

    private ConfidenceHistogram(long[] counts, long total) {
        this.counts = counts;
        this.total = total;
    }

    /** The histogram without any turn. */
    public static ConfidenceHistogram empty() {
        return EMPTY;
    }

    /** A histogram of {@code counts} (copied): exactly {@value ConfidenceBins#COUNT} counts, none negative. */
    public static ConfidenceHistogram of(long[] counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length != ConfidenceBins.COUNT) {
            throw new IllegalArgumentException(
                    "a histogram has " + ConfidenceBins.COUNT + " bins, not " + counts.length);
        }
        long total = 0;
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("counts must not be negative: " + count);
            }
            total = Math.addExact(total, count);
        }
        return new ConfidenceHistogram(counts.clone(), total);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sum of {@code histograms}. */
    public static ConfidenceHistogram sum(Collection<ConfidenceHistogram> histograms) {
        Builder builder = builder();
        for (ConfidenceHistogram histogram : histograms) {
            builder.addAll(histogram);
        }
        return builder.build();
    }

    /** The score that stands for bin {@code bin} in sums: its midpoint, 1.0 for bin 1000. */
    public static double representative(int bin) {
        checkBin(bin);
        return REPRESENTATIVE[bin];
    }

    /** Turns in bin {@code bin}. */
    public long count(int bin) {
        return counts[checkBin(bin)];
    }

    /** All turns. */
    public long total() {
        return total;
    }

    /** Turns in the bins {@code [fromBin, toBin)}, 0 ≤ from ≤ to ≤ {@value ConfidenceBins#COUNT}. */
    public long countBetween(int fromBin, int toBin) {
        checkRange(fromBin, toBin);
        long sum = 0;
        for (int b = fromBin; b < toBin; b++) {
            sum += counts[b];
        }
        return sum;
    }

    /** Turns scoring at or above {@code threshold} (via {@link ConfidenceBins#firstAtOrAbove}). */
    public long countAtOrAbove(double threshold) {
        return countBetween(ConfidenceBins.firstAtOrAbove(threshold), ConfidenceBins.COUNT);
    }

    /** Σ count × representative score over the bins {@code [fromBin, toBin)}. */
    public double confidenceSum(int fromBin, int toBin) {
        checkRange(fromBin, toBin);
        double sum = 0;
        for (int b = fromBin; b < toBin; b++) {
            sum += counts[b] * REPRESENTATIVE[b];
        }
        return sum;
    }

    /** Mean representative score of all turns; 0 for an empty histogram. */
    public double meanConfidence() {
        return total == 0 ? 0 : confidenceSum(0, ConfidenceBins.COUNT) / total;
    }

    /** A new histogram with both histograms' counts added. */
    public ConfidenceHistogram plus(ConfidenceHistogram other) {
        long[] sum = counts.clone();
        long[] theirs = other.counts;
        for (int b = 0; b < sum.length; b++) {
            sum[b] += theirs[b];
        }
        return new ConfidenceHistogram(sum, Math.addExact(total, other.total));
    }

    /** A copy of the counts. */
    public long[] toArray() {
        return counts.clone();
    }

    /** The counts themselves, for this package's loops; never written. */
    long[] counts() {
        return counts;
    }

    static double[] representativeScores() {
        return REPRESENTATIVE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfidenceHistogram && Arrays.equals(counts, ((ConfidenceHistogram) o).counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ConfidenceHistogram[total=").append(total);
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] != 0) {
                text.append(", b").append(b).append('=').append(counts[b]);
            }
        }
        return text.append(']').toString();
    }

    private static int checkBin(int bin) {
        if (bin < 0 || bin >= ConfidenceBins.COUNT) {
            throw new IllegalArgumentException("bin must be in [0, " + (ConfidenceBins.COUNT - 1) + "]: " + bin);
        }
        return bin;
    }

    private static void checkRange(int fromBin, int toBin) {
        if (fromBin < 0 || toBin > ConfidenceBins.COUNT || fromBin > toBin) {
            throw new IllegalArgumentException("bad bin range [" + fromBin + ", " + toBin + ")");
        }
    }

    private static double[] representatives() {
        double[] scores = new double[ConfidenceBins.COUNT];
        for (int b = 0; b < scores.length - 1; b++) {
            scores[b] = (b + 0.5) / 1000.0;
        }
        scores[scores.length - 1] = 1.0;
        return scores;
    }

    /**
     * A mutable accumulator owned by one thread: add turns or whole histograms in place, then
     * {@link #build()} an immutable copy. The builder stays usable after {@code build()}.
     */
    public static final class Builder {

        private final long[] counts = new long[ConfidenceBins.COUNT];
        private long total;

        private Builder() {}

        /** Adds {@code n} (≥ 0) turns to bin {@code bin}. */
        public Builder add(int bin, long n) {
            checkBin(bin);
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative: " + n);
            }
            counts[bin] += n;
            total = Math.addExact(total, n);
            return this;
        }

        /** Adds {@code n} turns that scored {@code confidence} (in [0, 1]). */
        public Builder addScore(double confidence, long n) {
            return add(ConfidenceBins.of(confidence), n);
        }

        /** Adds every count of {@code histogram}. */
        public Builder addAll(ConfidenceHistogram histogram) {
            long[] theirs = histogram.counts;
            for (int b = 0; b < counts.length; b++) {
                counts[b] += theirs[b];
            }
            total = Math.addExact(total, histogram.total);
            return this;
        }

        /** Turns added so far. */
        public long total() {
            return total;
        }

        /** An immutable histogram of the counts so far. */
        public ConfidenceHistogram build() {
            return new ConfidenceHistogram(counts.clone(), total);
        }
    }
}
