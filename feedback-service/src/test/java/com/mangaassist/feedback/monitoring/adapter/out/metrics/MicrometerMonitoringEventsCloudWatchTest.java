package com.mangaassist.feedback.monitoring.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.feedback.monitoring.domain.AnomalyKind;
import com.mangaassist.feedback.quality.domain.GateReport;
import com.mangaassist.metrics.cloudwatch.AlarmMetricsPublication;
import com.mangaassist.model.alarms.RunbookAlarm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;

/**
 * Issue 13: the feedback runbook alarms find their metrics in what the aws profile's CloudWatch registry really
 * sends (PutMetricData captured from a real {@code CloudWatchMeterRegistry}), with the meters registered by the
 * real {@link MicrometerMonitoringEvents}.
 */
class MicrometerMonitoringEventsCloudWatchTest {

    private final AlarmMetricsPublication publication = new AlarmMetricsPublication();
    // held, as the Spring context holds it: the gauges reference their holders weakly
    private final MicrometerMonitoringEvents events = new MicrometerMonitoringEvents(publication.registry());

    @Test
    void everyFeedbackAlarmMetricIsPublishedOnceTheDetectorsAndTheGateHaveRun() {
        events.anomalies(
                Map.of(AnomalyKind.CONCENTRATION, 3, AnomalyKind.COHORT_DEVIATION, 0, AnomalyKind.UNIFORM_TIMING, 0));
        events.gate(new GateReport(
                true,
                List.of(new GateReport.Check("join-rate", GateReport.Status.GREEN, 0.99, 0.95, 100, "ok")),
                Instant.parse("2026-03-09T12:00:00Z")));

        publication.publishOnce();

        publication.assertEveryAlarmOfServicePublished("feedback-service");
        assertThat(publication.client().data())
                .filteredOn(d -> d.metricName().equals("mangaassist.feedback.anomaly.accounts.value")
                        && d.dimensions().get(0).value().equals("concentration"))
                .extracting(MetricDatum::value)
                .containsExactly(3.0);
    }

    /**
     * The gauges are NaN until the first anomaly run (15 min after start) and the first gate run (1 h after
     * start), and cloudwatch2 drops NaN values, so nothing reaches CloudWatch in between: those alarms must
     * treat missing data as not breaching, or they would page after every deployment (found here; the
     * catalogue was changed accordingly).
     */
    @Test
    void alarmsWhoseMetricsAreNotPublishedBeforeTheFirstRunDoNotPage() {
        publication.publishOnce();

        assertThat(publication.assertUnpublishedAlarmsDoNotPage("feedback-service"))
                .extracting(RunbookAlarm::name)
                .contains("FeedbackQualityGateRed", "FeedbackAnomaly-concentration");
    }
}
