package com.mangaassist.reviewqueue.stats.adapter.in.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.metrics.cloudwatch.AlarmMetricsPublication;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.stats.application.QueueStatistics;
import com.mangaassist.reviewqueue.stats.application.WindowedQueueEvents;
import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.InMemoryRoster;
import com.mangaassist.reviewqueue.testing.Requests;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;

/**
 * Issue 13: the review queue's runbook alarms find their metrics in what the aws profile's CloudWatch registry
 * really sends (PutMetricData captured from a real {@code CloudWatchMeterRegistry}), with the meters registered
 * by the real {@link QueueMetrics}. Its gauges are NaN (not published) until the first refresh, which
 * {@code start()} runs at once.
 */
class QueueMetricsCloudWatchTest {

    final EventWindow window = new EventWindow(Duration.ofMinutes(5), 1000);
    final Desk d = new Desk(new WindowedQueueEvents(window));
    final ReviewerPresence presence = new ReviewerPresence(
            new InMemoryRoster(),
            d.tasks,
            new StaffingPolicy(
                    Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2),
            d.clock);
    final QueueStatistics statistics = new QueueStatistics(d.tasks, window, presence, d.sla, d.clock);
    final AlarmMetricsPublication publication = new AlarmMetricsPublication();

    @Test
    void everyReviewQueueAlarmMetricIsPublishedAfterTheRefreshThatStartRunsAtOnce() {
        QueueMetrics metrics = new QueueMetrics(
                statistics, stats -> {}, d.pager, publication.registry(), d.clock, Duration.ofSeconds(15));
        metrics.refresh();

        publication.publishOnce();

        publication.assertEveryAlarmOfServicePublished("review-queue-service");
    }

    @Test
    void andWithReviewsWaitingTheP1AgeIsTheValueSent() {
        QueueMetrics metrics = new QueueMetrics(
                statistics, stats -> {}, d.pager, publication.registry(), d.clock, Duration.ofSeconds(15));
        d.intake.accept(Requests.review("p1", Priority.P1, Desk.START.minusSeconds(30)));
        metrics.refresh();

        publication.publishOnce();

        publication.assertEveryAlarmOfServicePublished("review-queue-service");
        assertThat(publication.client().data())
                .filteredOn(datum -> datum.metricName().equals("mangaassist.review.queue.oldest.age.seconds.value")
                        && datum.dimensions().get(0).value().equals("P1"))
                .extracting(MetricDatum::value)
                .containsExactly(30.0);
    }
}
