package com.mangaassist.threshold.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.DynamoDbSingleRunner;
import com.mangaassist.common.jobs.PeriodicJobs;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.paging.Pagers;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import com.mangaassist.threshold.changerequest.adapter.out.config.ConfiguredCategoryOwners;
import com.mangaassist.threshold.changerequest.adapter.out.dynamodb.DynamoDbCanaryMeasures;
import com.mangaassist.threshold.changerequest.adapter.out.dynamodb.DynamoDbChangeRequestStore;
import com.mangaassist.threshold.changerequest.application.CanaryEvaluations;
import com.mangaassist.threshold.changerequest.application.ChangeControl;
import com.mangaassist.threshold.changerequest.application.ChangeControlSettings;
import com.mangaassist.threshold.changerequest.application.EscalationBreaker;
import com.mangaassist.threshold.changerequest.domain.CanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.CategoryOwners;
import com.mangaassist.threshold.changerequest.domain.ChangeRequestStore;
import com.mangaassist.threshold.changerequest.domain.EvaluationPolicy;
import com.mangaassist.threshold.changerequest.domain.Simulations;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.application.Reverts;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.drift.adapter.out.metrics.MicrometerDriftGauge;
import com.mangaassist.threshold.drift.application.DetectDrift;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Joins change control (requests, canaries, evaluation, breaker) to its adapters and schedules its jobs. */
@Configuration(proxyBeanMethods = false)
class ChangeControlConfiguration {

    /** Failed runs of the service's periodic jobs, per job. */
    static final String JOB_FAILURES = "mangaassist.threshold.job.failures";

    @Bean
    @ConditionalOnMissingBean
    Pager pager(ThresholdProperties properties, AwsClientConfigurer configurer) {
        return Pagers.of(
                properties.paging().pager(),
                properties.paging().topicArn(),
                configurer,
                "mangaassist.threshold.paging");
    }

    @Bean
    SingleRunner singleRunner(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbSingleRunner(
                dynamoDb, names.table(Resources.LOCKS), "threshold", "threshold-" + UUID.randomUUID(), clock);
    }

    @Bean
    ChangeControlSettings changeControlSettings(ThresholdProperties properties) {
        ThresholdProperties.ChangeControl c = properties.changeControl();
        ThresholdProperties.Breaker b = c.breaker();
        return new ChangeControlSettings(
                c.defaultCanaryPercent(),
                c.thresholdCanary(),
                c.promptCanary(),
                new EvaluationPolicy(c.tolerance(), c.minimumTurns(), c.minimumFeedback()),
                b.rate(),
                b.sustain(),
                b.window(),
                b.minimumTurns(),
                b.watchAfterChange(),
                c.knownGoodAfter());
    }

    @Bean
    ChangeRequestStore changeRequestStore(
            DynamoDbClient dynamoDb, ResourceNaming names, ThresholdProperties properties) {
        return new DynamoDbChangeRequestStore(
                dynamoDb,
                names.table(Resources.CHANGE_REQUESTS),
                properties.changeControl().defaultCanaryPercent());
    }

    @Bean
    CategoryOwners categoryOwners(ThresholdProperties properties) {
        Map<TopicCategory, List<String>> owners = new EnumMap<>(TopicCategory.class);
        properties
                .categoryOwners()
                .forEach((code, users) -> owners.put(
                        TopicCategory.fromCode(code)
                                .orElseThrow(() -> new IllegalStateException(
                                        "mangaassist.threshold.category-owners names unknown category '" + code + "'")),
                        List.copyOf(users)));
        return new ConfiguredCategoryOwners(owners);
    }

    @Bean
    CanaryMeasures canaryMeasures(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbCanaryMeasures(
                dynamoDb, names.table(Resources.ROUTING_COUNTS), names.table(Resources.FEEDBACK));
    }

    @Bean
    ChangeControl changeControl(
            ChangeRequestStore requests,
            ThresholdStore thresholds,
            ConfigurationWriter writer,
            PromptStore prompts,
            ChangeAnnouncer announcer,
            Simulations simulations,
            Auditor auditor,
            ChangeControlSettings settings,
            Clock clock) {
        return new ChangeControl(
                requests,
                thresholds,
                writer,
                prompts,
                announcer,
                simulations,
                auditor,
                settings,
                clock,
                () -> "cr-" + UUID.randomUUID());
    }

    @Bean
    CanaryEvaluations canaryEvaluations(
            ChangeControl control, CanaryMeasures measures, ChangeControlSettings settings, Clock clock) {
        return new CanaryEvaluations(control, measures, settings.evaluation(), clock);
    }

    @Bean
    EscalationBreaker escalationBreaker(
            ChangeControl control,
            ThresholdStore thresholds,
            CanaryMeasures measures,
            Reverts reverts,
            Pager pager,
            Auditor auditor,
            ChangeControlSettings settings,
            Clock clock) {
        return new EscalationBreaker(control, thresholds, measures, reverts, pager, auditor, settings, clock);
    }

    @Bean
    DetectDrift detectDrift(
            ThresholdStore thresholds,
            Auditor auditor,
            ChangeAuditTrail trail,
            Pager pager,
            MeterRegistry meters,
            ThresholdProperties properties,
            Clock clock) {
        // three missed runs mean the single-runner lease was elsewhere: read the open episodes back from the trail
        return new DetectDrift(
                thresholds,
                auditor,
                trail,
                pager,
                new MicrometerDriftGauge(meters),
                properties.drift().interval().multipliedBy(3),
                clock);
    }

    @Bean
    PeriodicJobs changeControlJobs(
            CanaryEvaluations evaluations,
            EscalationBreaker breaker,
            DetectDrift drift,
            SingleRunner runner,
            MeterRegistry meters,
            ThresholdProperties properties) {
        List<PeriodicJobs.Job> jobs = new ArrayList<>();
        if (properties.jobs().enabled()) {
            jobs.add(new PeriodicJobs.Job(
                    "canary-evaluation", properties.changeControl().evaluationInterval(), evaluations::run));
            jobs.add(new PeriodicJobs.Job(
                    "escalation-breaker", properties.changeControl().breaker().interval(), breaker::run));
            jobs.add(new PeriodicJobs.Job("threshold-drift", properties.drift().interval(), drift::run));
        }
        return new PeriodicJobs("threshold-change-control", JOB_FAILURES, jobs, runner, meters);
    }
}
