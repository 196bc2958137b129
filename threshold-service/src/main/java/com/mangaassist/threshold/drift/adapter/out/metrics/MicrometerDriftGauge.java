package com.mangaassist.threshold.drift.adapter.out.metrics;

import com.mangaassist.threshold.drift.domain.DriftGauge;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code mangaassist.threshold.drift.categories}: the alarm {@code ThresholdDrift} pages above 0. */
public final class MicrometerDriftGauge implements DriftGauge {

    public static final String METER = "mangaassist.threshold.drift.categories";

    private final AtomicInteger drifted = new AtomicInteger();

    public MicrometerDriftGauge(MeterRegistry meters) {
        Gauge.builder(METER, drifted, AtomicInteger::get)
                .description("categories whose thresholds item differs from the version this service wrote")
                .register(meters);
    }

    @Override
    public void drifted(int categories) {
        drifted.set(categories);
    }
}
