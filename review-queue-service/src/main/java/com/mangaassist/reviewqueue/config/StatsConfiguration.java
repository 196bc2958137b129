package com.mangaassist.reviewqueue.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.stats.adapter.in.metrics.QueueMetrics;
import com.mangaassist.reviewqueue.stats.adapter.out.dynamodb.DynamoDbSignalPublisher;
import com.mangaassist.reviewqueue.stats.application.DecisionSummary;
import com.mangaassist.reviewqueue.stats.application.QueueStatistics;
import com.mangaassist.reviewqueue.stats.application.SignalPublisher;
import com.mangaassist.reviewqueue.stats.application.WindowedQueueEvents;
import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.task.application.QueueEvents;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue's signals: the event window (fed by the use cases), the snapshot, its gauges and its
 * publication to {@code review-signals}.
 */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    /** Most events kept per kind: ~12k reviews an hour at peak is ~1k in a 5-minute window. */
    static final int WINDOW_CAPACITY = 100_000;

    @Bean
    EventWindow eventWindow(ReviewProperties properties) {
        return new EventWindow(properties.stats().window(), WINDOW_CAPACITY);
    }

    @Bean
    QueueEvents queueEvents(EventWindow window) {
        return new WindowedQueueEvents(window);
    }

    @Bean
    QueueStatistics queueStatistics(
            ReviewTasks tasks, EventWindow window, ReviewerPresence presence, ReviewSlaPolicy sla, Clock clock) {
        return new QueueStatistics(tasks, window, presence, sla, clock);
    }

    @Bean
    DecisionSummary decisionSummary(ReviewTasks tasks) {
        return new DecisionSummary(tasks);
    }

    @Bean
    SignalPublisher signalPublisher(
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            InstanceId instance,
            JsonMapper json,
            ReviewProperties properties) {
        return new DynamoDbSignalPublisher(
                dynamoDb,
                names.table(Resources.REVIEW_SIGNALS),
                instance.value(),
                json,
                properties.stats().signalTtl());
    }

    @Bean
    QueueMetrics queueMetrics(
            QueueStatistics statistics,
            SignalPublisher signals,
            Pager pager,
            MeterRegistry meters,
            Clock clock,
            ReviewProperties properties) {
        return new QueueMetrics(
                statistics, signals, pager, meters, clock, properties.stats().refresh());
    }
}
