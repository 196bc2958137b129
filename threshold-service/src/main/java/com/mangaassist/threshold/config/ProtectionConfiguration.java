package com.mangaassist.threshold.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.PeriodicJobs;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookExecutor;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.common.runbook.dynamodb.DynamoDbAuditLog;
import com.mangaassist.common.runbook.dynamodb.DynamoDbRunbookResults;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.application.Reverts;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.protection.application.Backpressure;
import com.mangaassist.threshold.protection.application.PeakHours;
import com.mangaassist.threshold.protection.domain.BackpressurePolicy;
import com.mangaassist.threshold.protection.domain.BackpressureSettings;
import com.mangaassist.threshold.protection.domain.DepthForecast;
import com.mangaassist.threshold.protection.domain.PeakProfile;
import com.mangaassist.threshold.protection.domain.Relaxation;
import com.mangaassist.threshold.runbook.adapter.in.actuator.ThresholdRunbookCatalog;
import com.mangaassist.threshold.runbook.adapter.in.actuator.ThresholdRunbooksEndpoint;
import com.mangaassist.threshold.runbook.application.ThresholdRunbooks;
import com.mangaassist.threshold.signals.adapter.out.dynamodb.DynamoDbReviewSignals;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import com.mangaassist.threshold.signals.domain.SignalMerge;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins self-protection (signals, backpressure, peak profile) and the runbooks; schedules the jobs. */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    /** The backpressure level in force: 0 none, 1 elevated, 2 critical. */
    static final String BACKPRESSURE_LEVEL = "mangaassist.threshold.backpressure.level";

    @Bean
    ReviewSignals reviewSignals(
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            JsonMapper json,
            ThresholdProperties properties,
            Clock clock,
            MeterRegistry meters) {
        return new DynamoDbReviewSignals(
                dynamoDb,
                names.table(Resources.REVIEW_SIGNALS),
                json,
                new SignalMerge(properties.protection().signalsMaxAge()),
                clock,
                meters);
    }

    @Bean
    BackpressurePolicy backpressurePolicy(ThresholdProperties properties) {
        ThresholdProperties.Backpressure b = properties.protection().backpressure();
        return new BackpressurePolicy(new BackpressureSettings(
                b.elevatedAbove(),
                b.criticalAbove(),
                b.restoreAtOrBelow(),
                b.criticalRestoreAtOrBelow(),
                b.actOnForecast(),
                new Relaxation(b.elevated().amount(), b.elevated().floor()),
                new Relaxation(b.critical().amount(), b.critical().floor()),
                b.staffingHold()));
    }

    @Bean
    Backpressure backpressure(
            ReviewSignals signals,
            ThresholdStore store,
            DepthForecast forecast,
            BackpressurePolicy policy,
            ConfigurationWriter writer,
            Auditor auditor,
            Clock clock,
            ThresholdProperties properties,
            MeterRegistry meters) {
        Backpressure backpressure = new Backpressure(
                signals,
                store,
                forecast,
                policy,
                writer,
                auditor,
                clock,
                properties.protection().backpressure().overrideTtl());
        Gauge.builder(BACKPRESSURE_LEVEL, backpressure, b -> b.level().ordinal())
                .description("backpressure level in force: 0 none, 1 elevated, 2 critical")
                .register(meters);
        return backpressure;
    }

    @Bean
    PeakProfile peakProfile(ThresholdProperties properties) {
        ThresholdProperties.Profile p = properties.protection().profile();
        Map<TopicCategory, Double> minimums = new EnumMap<>(TopicCategory.class);
        p.autoRespondMin()
                .forEach((code, min) -> minimums.put(
                        TopicCategory.fromCode(code)
                                .orElseThrow(() -> new IllegalStateException(
                                        "mangaassist.threshold.protection.profile names unknown category '" + code
                                                + "'")),
                        min));
        return new PeakProfile(ZoneId.of(p.zone()), LocalTime.parse(p.start()), LocalTime.parse(p.end()), minimums);
    }

    @Bean
    PeakHours peakHours(PeakProfile profile, ConfigurationWriter writer, Auditor auditor, Clock clock) {
        return new PeakHours(profile, writer, auditor, clock);
    }

    @Bean
    PeriodicJobs protectionJobs(
            Backpressure backpressure,
            PeakHours peakHours,
            SingleRunner runner,
            MeterRegistry meters,
            ThresholdProperties properties) {
        List<PeriodicJobs.Job> jobs = new ArrayList<>();
        ThresholdProperties.Protection p = properties.protection();
        if (properties.jobs().enabled() && p.backpressure().enabled()) {
            jobs.add(new PeriodicJobs.Job("backpressure", p.backpressure().interval(), backpressure::run));
        }
        if (properties.jobs().enabled() && p.profile().enabled()) {
            jobs.add(new PeriodicJobs.Job("peak-profile", p.profile().interval(), peakHours::run));
        }
        return new PeriodicJobs("threshold-protection", ChangeControlConfiguration.JOB_FAILURES, jobs, runner, meters);
    }

    @Bean
    AuditLog auditLog(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbAuditLog(dynamoDb, names.table(Resources.AUDIT_LOG), Auditor.SERVICE);
    }

    @Bean
    RunbookResults runbookResults(
            DynamoDbClient dynamoDb, ResourceNaming names, ThresholdProperties properties, Clock clock) {
        return new DynamoDbRunbookResults(
                dynamoDb,
                names.table(Resources.LOCKS),
                "threshold-runbook",
                clock,
                properties.runbooks().resultRetention());
    }

    @Bean
    ThresholdRunbooks thresholdRunbooks(
            AuditLog audit,
            RunbookResults results,
            ThresholdStore thresholds,
            ConfigurationWriter writer,
            Reverts reverts,
            PromptStore prompts,
            ChangeAnnouncer announcer,
            Auditor auditor,
            Clock clock) {
        return new ThresholdRunbooks(
                new RunbookExecutor(Auditor.SERVICE, audit, results, clock),
                thresholds,
                writer,
                reverts,
                prompts,
                announcer,
                auditor,
                clock);
    }

    @Bean
    RunbookCatalog<RunbookResult> thresholdRunbookCatalog(ThresholdRunbooks runbooks) {
        return ThresholdRunbookCatalog.of(runbooks);
    }

    @Bean
    ThresholdRunbooksEndpoint runbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
        return new ThresholdRunbooksEndpoint(catalog);
    }
}
