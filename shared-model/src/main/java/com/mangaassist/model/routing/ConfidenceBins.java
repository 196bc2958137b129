package com.mangaassist.model.routing;

/**
 * The fixed bins of confidence histograms: {@value #COUNT} bins 0.001 wide. Bin {@code i} holds scores
 * in {@code [i/1000, (i+1)/1000)}, and bin 1000 holds exactly 1.0. Histograms with the same bins merge
 * by adding counts, so hours, categories and instances combine without loss.
 */
public final class ConfidenceBins {

    /** Number of bins, 0 to 1000 inclusive. */
    public static final int COUNT = 1001;

    /** Bin width. */
    public static final double WIDTH = 0.001;

    private ConfidenceBins() {}

    /** The bin of {@code confidence}, which must be in [0, 1]. */
    public static int of(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        // the epsilon keeps 0.853 (stored as 0.85299999…) in bin 853, as a person would expect
        return (int) Math.min(COUNT - 1, Math.floor(confidence * 1000 + 1e-9));
    }

    /** The lowest score of bin {@code bin}. */
    public static double lowerBound(int bin) {
        if (bin < 0 || bin >= COUNT) {
            throw new IllegalArgumentException("bin must be in [0, " + (COUNT - 1) + "]: " + bin);
        }
        return bin / 1000.0;
    }

    /** The first bin at or above {@code threshold}: scores in it and above pass a {@code ≥ threshold} test. */
    public static int firstAtOrAbove(double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        return (int) Math.min(COUNT, Math.ceil(threshold * 1000 - 1e-9));
    }
}
