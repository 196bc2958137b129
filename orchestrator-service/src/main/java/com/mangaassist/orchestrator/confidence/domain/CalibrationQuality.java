package com.mangaassist.orchestrator.confidence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * How well predicted probabilities match review outcomes: expected calibration error over ten equal
 * bins, Brier score, the number of outcomes they rest on, and the bins themselves (the reliability
 * diagram). With no outcomes ECE and Brier are NaN and every bin is empty.
 */
public record CalibrationQuality(double expectedCalibrationError, double brierScore, int samples, List<Bin> bins) {

    private static final int BINS = 10;

    public CalibrationQuality {
        bins = List.copyOf(bins);
    }

    /**
     * One bin of predicted probability, [{@code from}, {@code to}) (the last also 1.0): how many outcomes fell
     * in it, their mean predicted probability and the share approved unchanged (both NaN when empty).
     */
    public record Bin(double from, double to, int count, double meanPredicted, double observedRate) {}

    /** No outcomes yet. */
    public static CalibrationQuality none() {
        return of(List.of(), p -> p);
    }

    public static CalibrationQuality of(List<ReviewOutcome> outcomes, DoubleUnaryOperator predict) {
        double[] predicted = new double[BINS];
        double[] observed = new double[BINS];
        int[] count = new int[BINS];
        double brier = 0;
        for (ReviewOutcome outcome : outcomes) {
            double p = predict.applyAsDouble(outcome.rawScore());
            double y = outcome.approvedUnchanged() ? 1.0 : 0.0;
            int bin = Math.min(BINS - 1, (int) (p * BINS));
            predicted[bin] += p;
            observed[bin] += y;
            count[bin]++;
            brier += (p - y) * (p - y);
        }
        List<Bin> bins = new ArrayList<>(BINS);
        double ece = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                ece += Math.abs(predicted[bin] - observed[bin]) / outcomes.size();
            }
            bins.add(new Bin(
                    (double) bin / BINS,
                    (double) (bin + 1) / BINS,
                    count[bin],
                    count[bin] == 0 ? Double.NaN : predicted[bin] / count[bin],
                    count[bin] == 0 ? Double.NaN : observed[bin] / count[bin]));
        }
        if (outcomes.isEmpty()) {
            return new CalibrationQuality(Double.NaN, Double.NaN, 0, bins);
        }
        return new CalibrationQuality(ece, brier / outcomes.size(), outcomes.size(), bins);
    }
}
