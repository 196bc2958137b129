package com.mangaassist.feedback.monitoring.domain;

import java.util.Arrays;

/** Small order statistics shared by the detectors. */
final class Statistics {

    /** Scale that makes the median absolute deviation a consistent estimate of a normal standard deviation. */
    static final double MAD_SCALE = 1.4826;

    private Statistics() {}

    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).average().orElse(0);
    }

    /** Population standard deviation. */
    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return values.length == 0 ? 0 : Math.sqrt(squares / values.length);
    }

    static double medianAbsoluteDeviation(double[] values) {
        double median = median(values);
        return median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
