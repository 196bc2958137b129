package com.mangaassist.feedback.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.PeriodicJobs;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.paging.Pagers;
import com.mangaassist.feedback.intake.application.SubmitFeedback;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.monitoring.adapter.out.dynamodb.DynamoDbCanaryMessages;
import com.mangaassist.feedback.monitoring.adapter.out.metrics.MicrometerMonitoringEvents;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Joins the monitors (anomalies, quality gate, canary, aggregates) to their adapters and schedules them. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    /** Failed runs of the service's periodic jobs, per job. */
    static final String JOB_FAILURES = "mangaassist.feedback.job.failures";

    @Bean
    @ConditionalOnMissingBean
    Pager pager(MonitoringProperties properties, AwsClientConfigurer configurer) {
        return Pagers.of(
                properties.paging().pager(),
                properties.paging().topicArn(),
                configurer,
                "mangaassist.feedback.monitoring.paging");
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
    PeriodicJobs monitoringJobs(
            DetectAnomalies anomalies,
            FeedbackQualityGate gate,
            RunCanary canary,
            SingleRunner runner,
            MeterRegistry meters,
            MonitoringProperties properties) {
        List<PeriodicJobs.Job> jobs = new ArrayList<>();
        if (properties.anomalies().enabled()) {
            jobs.add(new PeriodicJobs.Job("anomalies", properties.anomalies().interval(), anomalies::run));
        }
        if (properties.quality().enabled()) {
            jobs.add(new PeriodicJobs.Job("quality-gate", properties.quality().interval(), gate::evaluate));
        }
        if (properties.canary().enabled()) {
            jobs.add(new PeriodicJobs.Job("canary", properties.canary().interval(), canary::run));
        }
        return new PeriodicJobs("feedback-monitoring", JOB_FAILURES, jobs, runner, meters);
    }
}
