package com.mangaassist.feedback.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.PeriodicJobs;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.feedback.improvement.adapter.out.dynamodb.DynamoDbChangeRequests;
import com.mangaassist.feedback.improvement.adapter.out.dynamodb.DynamoDbPipelineFreeze;
import com.mangaassist.feedback.improvement.adapter.out.dynamodb.DynamoDbPrompts;
import com.mangaassist.feedback.improvement.adapter.out.metrics.MicrometerImprovementEvents;
import com.mangaassist.feedback.improvement.application.ImprovePrompt;
import com.mangaassist.feedback.improvement.domain.ChangeRequests;
import com.mangaassist.feedback.improvement.domain.ImprovementPolicy;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.feedback.improvement.domain.Prompts;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.provenance.adapter.out.dynamodb.DynamoDbReviewVerdicts;
import com.mangaassist.feedback.provenance.application.JudgeReport;
import com.mangaassist.feedback.provenance.application.JudgeReputations;
import com.mangaassist.feedback.provenance.application.ReputationReport;
import com.mangaassist.feedback.provenance.application.ReviewVerdicts;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.feedback.provenance.domain.Reputations;
import com.mangaassist.feedback.quality.domain.QualityGate;
import com.mangaassist.model.resources.Resources;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joins the prompt-improvement job and reputation judging to their tables, the quality gate and the job
 * lease; starts their schedules unless switched off.
 */
@Configuration(proxyBeanMethods = false)
class ImprovementConfiguration {

    @Bean
    PipelineFreeze pipelineFreeze(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbPipelineFreeze(dynamoDb, names.table(Resources.LOCKS));
    }

    @Bean
    Prompts prompts(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbPrompts(dynamoDb, names.table(Resources.PROMPTS));
    }

    @Bean
    ChangeRequests changeRequests(DynamoDbClient dynamoDb, ResourceNaming names, JsonMapper json) {
        return new DynamoDbChangeRequests(dynamoDb, names.table(Resources.CHANGE_REQUESTS), json);
    }

    @Bean
    ImprovePrompt improvePrompt(
            QualityGate gate,
            PipelineFreeze freeze,
            Prompts prompts,
            FeedbackStore store,
            ChangeRequests changeRequests,
            AuditLog audit,
            MeterRegistry meters,
            ImprovementProperties properties,
            Clock clock) {
        return new ImprovePrompt(
                gate,
                freeze,
                prompts,
                store,
                changeRequests,
                audit,
                new MicrometerImprovementEvents(meters),
                new ImprovementPolicy(
                        properties.promptId(),
                        properties.window(),
                        properties.minSignals(),
                        properties.targetSatisfaction(),
                        properties.maxExamples()),
                clock);
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.feedback.improvement.schedule.enabled", havingValue = "true")
    PeriodicJobs improvementJobs(
            ImprovePrompt improve, SingleRunner runner, MeterRegistry meters, ImprovementProperties properties) {
        return new PeriodicJobs(
                "prompt-improvement",
                MonitoringConfiguration.JOB_FAILURES,
                List.of(new PeriodicJobs.Job(
                        "prompt-improvement", properties.schedule().interval(), () -> improve.run("scheduler"))),
                runner,
                meters);
    }

    @Bean
    ReviewVerdicts reviewVerdicts(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbReviewVerdicts(dynamoDb, names.table(Resources.REVIEW_TASKS));
    }

    @Bean
    JudgeReputations judgeReputations(
            FeedbackStore store,
            ReviewVerdicts verdicts,
            Reputations reputations,
            ImprovementProperties properties,
            Clock clock) {
        return new JudgeReputations(
                store, verdicts, reputations, properties.reputation().window(), clock);
    }

    @Bean
    ReputationReport reputationReport(Reputations reputations, ProvenanceScorer scorer) {
        return new ReputationReport(reputations, scorer.policy().reputationSpan());
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.feedback.improvement.reputation.enabled", havingValue = "true")
    PeriodicJobs reputationJobs(
            JudgeReputations judge, SingleRunner runner, MeterRegistry meters, ImprovementProperties properties) {
        return new PeriodicJobs(
                "feedback-reputation",
                MonitoringConfiguration.JOB_FAILURES,
                List.of(new PeriodicJobs.Job(
                        "reputation", properties.reputation().interval(), () -> countJudged(meters, judge.run()))),
                runner,
                meters);
    }

    /** {@code mangaassist.feedback.reputation.judged{by=reviewer|majority|none}}. */
    private static void countJudged(MeterRegistry meters, JudgeReport report) {
        meters.counter("mangaassist.feedback.reputation.judged", "by", "reviewer")
                .increment(report.byReviewer());
        meters.counter("mangaassist.feedback.reputation.judged", "by", "majority")
                .increment(report.byMajority());
        meters.counter("mangaassist.feedback.reputation.judged", "by", "none").increment(report.notJudged());
    }
}
