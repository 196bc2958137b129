package com.mangaassist.orchestrator.confidence.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A monotone map from raw score to probability fitted to review outcomes with the pool-adjacent-
 * violators algorithm; between fitted points it interpolates linearly, outside them it is flat.
 */
public final class IsotonicCalibration {

    private final double[] xs;
    private final double[] ys;

    private IsotonicCalibration(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Fits the calibration; {@code outcomes} must not be empty. */
    public static IsotonicCalibration fit(List<ReviewOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("cannot calibrate without outcomes");
        }
        List<ReviewOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingDouble(ReviewOutcome::rawScore));
        int n = sorted.size();
        double[] sum = new double[n];
        double[] weight = new double[n];
        double[] xSum = new double[n];
        int blocks = 0;
        int i = 0;
        while (i < n) {
            // outcomes with the same raw score form one point: ties must never be split across blocks
            double x = sorted.get(i).rawScore();
            double approvals = 0;
            int count = 0;
            while (i < n && sorted.get(i).rawScore() == x) {
                approvals += sorted.get(i).approvedUnchanged() ? 1.0 : 0.0;
                count++;
                i++;
            }
            sum[blocks] = approvals;
            weight[blocks] = count;
            xSum[blocks] = x * count;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / weight[blocks - 2] > sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                xSum[blocks - 2] += xSum[blocks - 1];
                blocks--;
            }
        }
        double[] xs = new double[blocks];
        double[] ys = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            xs[b] = xSum[b] / weight[b];
            ys[b] = sum[b] / weight[b];
        }
        return new IsotonicCalibration(xs, ys);
    }

    /** The calibrated probability for a raw score. */
    public double apply(double raw) {
        if (raw <= xs[0]) {
            return ys[0];
        }
        if (raw >= xs[xs.length - 1]) {
            return ys[ys.length - 1];
        }
        int hi = 1;
        while (xs[hi] < raw) {
            hi++;
        }
        double span = xs[hi] - xs[hi - 1];
        double t = span == 0 ? 1.0 : (raw - xs[hi - 1]) / span;
        return ys[hi - 1] + t * (ys[hi] - ys[hi - 1]);
    }
}
