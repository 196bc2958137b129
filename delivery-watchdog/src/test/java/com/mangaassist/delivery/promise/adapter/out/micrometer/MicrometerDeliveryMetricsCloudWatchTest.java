package com.mangaassist.delivery.promise.adapter.out.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.delivery.promise.domain.FailureKind;
import com.mangaassist.metrics.cloudwatch.AlarmMetricsPublication;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;

/**
 * Issue 13: the delivery runbook alarms find their metrics in what the aws profile's CloudWatch registry really
 * sends (PutMetricData captured from a real {@code CloudWatchMeterRegistry}), with the meters registered by the
 * real {@link MicrometerDeliveryMetrics}.
 */
class MicrometerDeliveryMetricsCloudWatchTest {

    private final AlarmMetricsPublication publication = new AlarmMetricsPublication();

    @Test
    void everyDeliveryAlarmMetricIsPublishedFromConstruction() {
        MicrometerDeliveryMetrics metrics = new MicrometerDeliveryMetrics(publication.registry());

        publication.publishOnce();
        assertThat(metrics).isNotNull(); // held until the publication: the gauges reference their state weakly

        publication.assertEveryAlarmOfServicePublished("delivery-watchdog");
    }

    @Test
    void anAccessDeniedFailureArrivesAsOneCountOnTheAlarmsDimension() {
        MicrometerDeliveryMetrics metrics = new MicrometerDeliveryMetrics(publication.registry());
        metrics.pendingSnapshot(2, 5, Duration.ofSeconds(90));
        metrics.error(FailureKind.ACCESS_DENIED);

        publication.publishOnce();

        publication.assertEveryAlarmOfServicePublished("delivery-watchdog");
        assertThat(publication.client().data())
                .filteredOn(d -> d.metricName().equals("mangaassist.delivery.errors.count")
                        && d.dimensions().stream().anyMatch(x -> x.value().equals("access_denied")))
                .extracting(MetricDatum::value)
                .containsExactly(1.0);
        assertThat(publication.client().data())
                .filteredOn(d -> d.metricName().equals("mangaassist.delivery.undelivered.value"))
                .extracting(MetricDatum::value)
                .containsExactly(2.0);
    }
}
