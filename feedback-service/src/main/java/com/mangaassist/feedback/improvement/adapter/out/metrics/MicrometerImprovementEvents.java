package com.mangaassist.feedback.improvement.adapter.out.metrics;

import com.mangaassist.feedback.improvement.application.ImprovementEvents;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code mangaassist.feedback.improvement.runs{result=proposed|refused|nothing}}. */
public final class MicrometerImprovementEvents implements ImprovementEvents {

    private final MeterRegistry meters;

    public MicrometerImprovementEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void ran(String result) {
        meters.counter("mangaassist.feedback.improvement.runs", "result", result)
                .increment();
    }
}
