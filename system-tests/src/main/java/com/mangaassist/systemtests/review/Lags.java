package com.mangaassist.systemtests.review;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in microseconds that also keeps the lags below zero (an event seen before
 * the moment it is measured from) as a count and a minimum instead of dropping them; printed in ms.
 */
final class Lags {

    private static final long MAX_MICROS = 3_600_000_000L;

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private long negative;
    private long minMicros = Long.MAX_VALUE;

    void record(long micros) {
        minMicros = Math.min(minMicros, micros);
        if (micros < 0) {
            negative++;
        }
        histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, micros)));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** {@code count N, p50 x ms, p90 x ms, p99 x ms, max x ms} (and the negative ones, if any). */
    String line() {
        if (count() == 0) {
            return "count 0";
        }
        String line = String.format(
                "count %d, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms",
                count(),
                ms(histogram.getValueAtPercentile(50)),
                ms(histogram.getValueAtPercentile(90)),
                ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getMaxValue()));
        return negative == 0
                ? line
                : line + String.format(" (%d below 0, min %s ms, counted as 0)", negative, ms(minMicros));
    }

    long p99Micros() {
        return histogram.getValueAtPercentile(99);
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }
}
