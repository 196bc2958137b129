package com.mangaassist.feedback.monitoring.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.alarms.RunbookAlarmMeters;
import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.quality.domain.GateReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerMonitoringEventsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MicrometerMonitoringEvents events = new MicrometerMonitoringEvents(meters);

    /** Issue 13: the feedback alarms' meters exist before any run has reported (no INSUFFICIENT_DATA). */
    @Test
    void everyRunbookAlarmOfFeedbackHasItsMeterFromConstruction() {
        RunbookAlarmMeters.assertEveryAlarmHasItsMeter("feedback-service", meters);
    }

    @Test
    void anomalyRunsCountKindsWithFindingsAndGaugeTheAccountsNamed() {
        events.anomalies(Map.of(AnomalyKind.CONCENTRATION, 3, AnomalyKind.COHORT_DEVIATION, 0));

        assertThat(meters.counter("mangaassist.feedback.anomalies", "kind", "concentration")
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.find("mangaassist.feedback.anomalies")
                        .tag("kind", "cohort-deviation")
                        .counter())
                .isNull();
        assertThat(meters.get("mangaassist.feedback.anomaly.accounts")
                        .tag("kind", "concentration")
                        .gauge()
                        .value())
                .isEqualTo(3.0);
    }

    @Test
    void theGateSetsGreenPerCheckRedAndValueGauges() {
        events.gate(new GateReport(
                false,
                List.of(
                        new GateReport.Check("join-rate", GateReport.Status.GREEN, 0.99, 0.95, 100, "ok"),
                        new GateReport.Check("topic-distribution", GateReport.Status.RED, 0.2, 0.1, 100, "far")),
                Instant.parse("2026-03-09T12:00:00Z")));

        assertThat(meters.get("mangaassist.feedback.quality.green").gauge().value())
                .isZero();
        assertThat(meters.get("mangaassist.feedback.quality.check")
                        .tag("check", "topic-distribution")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
        assertThat(meters.get("mangaassist.feedback.quality.check")
                        .tag("check", "join-rate")
                        .gauge()
                        .value())
                .isZero();
        assertThat(meters.get("mangaassist.feedback.quality.value")
                        .tag("check", "join-rate")
                        .gauge()
                        .value())
                .isEqualTo(0.99);
    }

    @Test
    void canaryRunsAreCountedByResult() {
        events.canary(true);
        events.canary(false);

        assertThat(meters.counter("mangaassist.feedback.canary", "result", "ok").count())
                .isEqualTo(1.0);
        assertThat(meters.counter("mangaassist.feedback.canary", "result", "failed")
                        .count())
                .isEqualTo(1.0);
    }
}
