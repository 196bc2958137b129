package com.mangaassist.orchestrator.confidence.domain;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * How well predicted probabilities match review outcomes: expected calibration error over ten equal
 * bins, Brier score, and the number of outcomes they rest on. With no outcomes both are NaN.
 */
public record CalibrationQuality(double expectedCalibrationError, double brierScore, int samples) {

    private static final int BINS = 10;

    public static CalibrationQuality of(List<ReviewOutcome> outcomes, DoubleUnaryOperator predict) {
        if (outcomes.isEmpty()) {
            return new CalibrationQuality(Double.NaN, Double.NaN, 0);
        }
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
        double ece = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                ece += Math.abs(predicted[bin] - observed[bin]) / outcomes.size();
            }
        }
        return new CalibrationQuality(ece, brier / outcomes.size(), outcomes.size());
    }
}
