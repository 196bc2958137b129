package com.mangaassist.threshold.drift.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.alarms.RunbookAlarmMeters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Every runbook alarm threshold-service owns (ThresholdDrift) has its meter from construction, with its tags. */
class DriftMetersTest {

    @Test
    void theDriftAlarmsGaugeExistsFromConstructionAndCountsTheDriftedCategories() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MicrometerDriftGauge gauge = new MicrometerDriftGauge(meters);

        RunbookAlarmMeters.assertEveryAlarmHasItsMeter("threshold-service", meters);
        assertThat(meters.get(MicrometerDriftGauge.METER).gauge().value()).isZero();
        gauge.drifted(3);
        assertThat(meters.get(MicrometerDriftGauge.METER).gauge().value()).isEqualTo(3);
    }
}
