package com.mangaassist.reviewqueue.stats.adapter.in.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.alarms.RunbookAlarmMeters;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.domain.StaffingPolicy;
import com.mangaassist.reviewqueue.stats.application.QueueStatistics;
import com.mangaassist.reviewqueue.stats.application.SignalPublishException;
import com.mangaassist.reviewqueue.stats.application.SignalPublisher;
import com.mangaassist.reviewqueue.stats.application.WindowedQueueEvents;
import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import com.mangaassist.reviewqueue.testing.Desk;
import com.mangaassist.reviewqueue.testing.InMemoryRoster;
import com.mangaassist.reviewqueue.testing.Requests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueMetricsTest {

    final EventWindow window = new EventWindow(Duration.ofMinutes(5), 1000);
    final Desk d = new Desk(new WindowedQueueEvents(window));
    final ReviewerPresence presence = new ReviewerPresence(
            new InMemoryRoster(),
            d.tasks,
            new StaffingPolicy(
                    Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2),
            d.clock);
    final QueueStatistics statistics = new QueueStatistics(d.tasks, window, presence, d.sla, d.clock);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    QueueMetrics metrics(SignalPublisher publisher) {
        return new QueueMetrics(statistics, publisher, d.pager, meters, d.clock, Duration.ofSeconds(15));
    }

    double gauge(String name, Priority priority) {
        return meters.get(name).tag("priority", priority.name()).gauge().value();
    }

    /** Issue 13: the review alarms' gauges are bound before the first refresh (no INSUFFICIENT_DATA). */
    @Test
    void everyRunbookAlarmOfTheReviewQueueHasItsGaugeFromConstruction() {
        metrics(stats -> {});
        RunbookAlarmMeters.assertEveryAlarmHasItsMeter("review-queue-service", meters);
    }

    @Test
    void everyRefreshPublishesTheSnapshotTheGaugesShow() {
        List<QueueStats> published = new ArrayList<>();
        QueueMetrics metrics = metrics(published::add);
        d.intake.accept(Requests.review("p1", Priority.P1, Desk.START.minusSeconds(30)));

        QueueStats first = metrics.refresh();
        d.clock.advance(Duration.ofSeconds(15));
        QueueStats second = metrics.refresh();

        assertThat(published).containsExactly(first, second);
        assertThat(second.perPriority().get(Priority.P1).oldestAgeSeconds()).isEqualTo(45);
        assertThat(gauge("mangaassist.review.queue.oldest.age.seconds", Priority.P1))
                .isEqualTo(45.0);
        assertThat(meters.get("mangaassist.review.signals.publish.failures")
                        .counter()
                        .count())
                .isZero();
    }

    @Test
    void aSnapshotThatCannotBePublishedStillUpdatesTheGaugesPagesAndIsCounted() {
        QueueMetrics metrics = metrics(stats -> {
            throw new SignalPublishException("table unreachable", new IllegalStateException("connection refused"));
        });
        d.intake.accept(Requests.review("p2-a", Priority.P2, Desk.START.minusSeconds(5)));
        d.intake.accept(Requests.review("p2-b", Priority.P2, Desk.START.minusSeconds(3)));

        QueueStats stats = metrics.refresh();
        metrics.refresh();

        assertThat(stats.depth()).isEqualTo(2);
        assertThat(gauge("mangaassist.review.queue.depth", Priority.P2)).isEqualTo(2.0);
        assertThat(meters.get("mangaassist.review.signals.publish.failures")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        // 20:00 JST, nobody checked in, peak minimum 3: the staffing page goes out regardless of the signals
        assertThat(d.pager.recent()).hasSize(1);
        assertThat(d.pager.recent().get(0).subject()).isEqualTo("Review staffing below minimum");
    }
}
