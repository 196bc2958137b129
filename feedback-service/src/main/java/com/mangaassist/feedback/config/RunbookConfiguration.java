package com.mangaassist.feedback.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.common.runbook.dynamodb.DynamoDbAuditLog;
import com.mangaassist.common.runbook.dynamodb.DynamoDbRunbookResults;
import com.mangaassist.feedback.improvement.domain.PipelineFreeze;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.runbook.adapter.in.actuator.FeedbackRunbookCatalog;
import com.mangaassist.feedback.runbook.adapter.in.actuator.FeedbackRunbooksEndpoint;
import com.mangaassist.feedback.runbook.adapter.out.dynamodb.DynamoDbBackfillCheckpoints;
import com.mangaassist.feedback.runbook.adapter.out.dynamodb.DynamoDbQuarantineSubjects;
import com.mangaassist.feedback.runbook.application.BackfillSettings;
import com.mangaassist.feedback.runbook.application.FeedbackRunbooks;
import com.mangaassist.feedback.runbook.application.TopicBackfill;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoints;
import com.mangaassist.feedback.runbook.domain.QuarantineSubjects;
import com.mangaassist.model.resources.Resources;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Joins the runbooks (REST and the {@code runbooks} Actuator endpoint) to the audit log, the quarantine table and the locks table. */
@Configuration(proxyBeanMethods = false)
class RunbookConfiguration {

    @Bean
    AuditLog auditLog(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbAuditLog(dynamoDb, names.table(Resources.AUDIT_LOG), "feedback-service");
    }

    @Bean
    RunbookResults runbookResults(
            DynamoDbClient dynamoDb, ResourceNaming names, RunbookProperties properties, Clock clock) {
        return new DynamoDbRunbookResults(
                dynamoDb, names.table(Resources.LOCKS), "feedback-runbook", clock, properties.resultRetention());
    }

    @Bean
    QuarantineSubjects quarantineSubjects(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbQuarantineSubjects(dynamoDb, names.table(Resources.FEEDBACK_QUARANTINES));
    }

    @Bean
    BackfillCheckpoints backfillCheckpoints(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbBackfillCheckpoints(dynamoDb, names.table(Resources.LOCKS));
    }

    @Bean
    TopicBackfill topicBackfill(
            FeedbackStore store,
            RatedMessages messages,
            BackfillCheckpoints checkpoints,
            RunbookProperties properties,
            Clock clock) {
        return new TopicBackfill(
                store,
                messages,
                checkpoints,
                new BackfillSettings(properties.backfillPageSize(), properties.maxBackfillWindow()),
                clock);
    }

    @Bean
    FeedbackRunbooks feedbackRunbooks(
            FeedbackStore store,
            QuarantineSubjects subjects,
            PipelineFreeze freeze,
            TopicBackfill backfill,
            AuditLog audit,
            RunbookResults results,
            Clock clock) {
        return new FeedbackRunbooks(store, subjects, freeze, backfill, audit, results, clock);
    }

    @Bean
    RunbookCatalog<RunbookResult> feedbackRunbookCatalog(FeedbackRunbooks runbooks, RunbookProperties properties) {
        return FeedbackRunbookCatalog.of(runbooks, properties.maxBackfillWindow());
    }

    @Bean
    FeedbackRunbooksEndpoint runbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
        return new FeedbackRunbooksEndpoint(catalog);
    }
}
