package com.mangaassist.threshold.traffic.domain;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistogram;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A confidence histogram for plotting: the orchestrator's {@value ConfidenceBins#COUNT} bins of 0.001 summed into
 * {@link #BINS} bins of {@link #WIDTH}; bin {@code i} holds confidences in [{@code i·0.05}, {@code (i+1)·0.05}), and
 * the last also 1.000.
 */
public record CoarseHistogram(double binWidth, List<Long> counts) {

    public static final int BINS = 20;
    public static final double WIDTH = 0.05;
    private static final int FINE_PER_COARSE = (ConfidenceBins.COUNT - 1) / BINS;

    public CoarseHistogram {
        counts = List.copyOf(counts);
    }

    public static CoarseHistogram of(ConfidenceHistogram fine) {
        long[] coarse = new long[BINS];
        for (int bin = 0; bin < ConfidenceBins.COUNT; bin++) {
            coarse[Math.min(bin / FINE_PER_COARSE, BINS - 1)] += fine.count(bin);
        }
        return new CoarseHistogram(WIDTH, LongStream.of(coarse).boxed().toList());
    }
}
