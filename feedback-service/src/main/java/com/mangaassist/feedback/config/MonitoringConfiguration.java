package com.mangaassist.feedback.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.feedback.intake.application.SubmitFeedback;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.jobs.adapter.out.dynamodb.DynamoDbSingleRunner;
import com.mangaassist.feedback.jobs.application.SingleRunner;
import com.mangaassist.feedback.monitoring.adapter.in.scheduling.MonitoringJobs;
import com.mangaassist.feedback.monitoring.adapter.out.dynamodb.DynamoDbCanaryMessages;
import com.mangaassist.feedback.monitoring.adapter.out.metrics.MicrometerMonitoringEvents;
import com.mangaassist.feedback.monitoring.adapter.out.paging.RecordedPager;
import com.mangaassist.feedback.monitoring.adapter.out.paging.SnsPager;
import com.mangaassist.feedback.monitoring.application.ComputeAggregates;
import com.mangaassist.feedback.monitoring.application.DetectAnomalies;
import com.mangaassist.feedback.monitoring.application.FeedbackQualityGate;
import com.mangaassist.feedback.monitoring.application.FeedbackWindow;
import com.mangaassist.feedback.monitoring.application.MonitoringEvents;
import com.mangaassist.feedback.monitoring.application.RunCanary;
import com.mangaassist.feedback.monitoring.domain.AnomalyPolicy;
import com.mangaassist.feedback.monitoring.domain.CanaryMessages;
import com.mangaassist.feedback.monitoring.domain.CohortDeviationDetector;
import com.mangaassist.feedback.monitoring.domain.ConcentrationDetector;
import com.mangaassist.feedback.monitoring.domain.Pager;
import com.mangaassist.feedback.monitoring.domain.QualityChecks;
import com.mangaassist.feedback.monitoring.domain.QualityPolicy;
import com.mangaassist.feedback.monitoring.domain.UniformTimingDetector;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** Joins the monitors (anomalies, quality gate, canary, aggregates) to their adapters and schedules them. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Pager pager(MonitoringProperties properties, AwsClientConfigurer configurer) {
        MonitoringProperties.Paging paging = properties.paging();
        if ("sns".equals(paging.pager())) {
            if (paging.topicArn() == null || paging.topicArn().isBlank()) {
                throw new IllegalStateException(
                        "mangaassist.feedback.monitoring.paging.topic-arn is required with pager sns");
            }
            return new SnsPager(configurer.configure(SnsClient.builder(), "sns").build(), paging.topicArn());
        }
        return new RecordedPager();
    }

    @Bean
    @ConditionalOnMissingBean
    SingleRunner singleRunner(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbSingleRunner(dynamoDb, names.table(Resources.LOCKS), "feedback-" + UUID.randomUUID(), clock);
    }

    @Bean
    MonitoringEvents monitoringEvents(MeterRegistry meters) {
        return new MicrometerMonitoringEvents(meters);
    }

    @Bean
    FeedbackWindow feedbackWindow(FeedbackStore store, MonitoringProperties properties) {
        return new FeedbackWindow(store, properties.pageSize());
    }

    @Bean
    DetectAnomalies detectAnomalies(
            FeedbackWindow window,
            ProvenanceScorer scorer,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            MonitoringProperties properties) {
        MonitoringProperties.Anomalies a = properties.anomalies();
        AnomalyPolicy policy = new AnomalyPolicy(
                a.minSignals(),
                a.deviations(),
                a.minNegatives(),
                a.concentrationFactor(),
                a.minTimingSignals(),
                a.maxTimingCv());
        return new DetectAnomalies(
                window,
                new CohortDeviationDetector(policy),
                new ConcentrationDetector(policy),
                new UniformTimingDetector(policy, scorer),
                pager,
                events,
                clock,
                a.window());
    }

    @Bean
    CanaryMessages canaryMessages(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbCanaryMessages(dynamoDb, names.table(Resources.MESSAGES));
    }

    @Bean
    RunCanary runCanary(
            CanaryMessages canaryMessages,
            SubmitFeedback submit,
            FeedbackStore store,
            Set<TopicCategory> allowedTopics,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            MonitoringProperties properties) {
        List<TopicCategory> topics = allowedTopics.stream().sorted().toList();
        return new RunCanary(
                canaryMessages,
                submit,
                store,
                topics,
                pager,
                events,
                clock,
                properties.canary().ttl());
    }

    @Bean
    FeedbackQualityGate qualityGate(
            FeedbackWindow window,
            RatedMessages messages,
            RunCanary canary,
            Pager pager,
            MonitoringEvents events,
            Clock clock,
            MonitoringProperties properties) {
        MonitoringProperties.Quality q = properties.quality();
        QualityChecks checks = new QualityChecks(new QualityPolicy(
                q.maxTopicDistance(),
                q.minJoinRate(),
                q.maxSatisfactionChange(),
                q.minTopicSignals(),
                q.sampleSize(),
                q.minSample()));
        return new FeedbackQualityGate(
                window,
                messages,
                checks,
                canary::latest,
                pager,
                events,
                clock,
                q.recentWindow(),
                q.satisfactionWindow(),
                q.sampleWindow());
    }

    @Bean
    ComputeAggregates computeAggregates(FeedbackWindow window, Clock clock, MonitoringProperties properties) {
        return new ComputeAggregates(
                window,
                clock,
                properties.aggregates().defaultDays(),
                properties.aggregates().maxDays());
    }

    @Bean
    MonitoringJobs monitoringJobs(
            DetectAnomalies anomalies,
            FeedbackQualityGate gate,
            RunCanary canary,
            SingleRunner runner,
            MeterRegistry meters,
            MonitoringProperties properties) {
        List<MonitoringJobs.Job> jobs = new ArrayList<>();
        if (properties.anomalies().enabled()) {
            jobs.add(new MonitoringJobs.Job("anomalies", properties.anomalies().interval(), anomalies::run));
        }
        if (properties.quality().enabled()) {
            jobs.add(new MonitoringJobs.Job("quality-gate", properties.quality().interval(), gate::evaluate));
        }
        if (properties.canary().enabled()) {
            jobs.add(new MonitoringJobs.Job("canary", properties.canary().interval(), canary::run));
        }
        return new MonitoringJobs(jobs, runner, meters);
    }
}
