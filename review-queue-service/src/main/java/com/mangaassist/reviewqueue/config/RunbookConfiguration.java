package com.mangaassist.reviewqueue.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.common.runbook.dynamodb.DynamoDbAuditLog;
import com.mangaassist.common.runbook.dynamodb.DynamoDbRunbookResults;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.runbook.adapter.in.actuator.ReviewRunbookCatalog;
import com.mangaassist.reviewqueue.runbook.adapter.in.actuator.ReviewRunbooksEndpoint;
import com.mangaassist.reviewqueue.runbook.application.ReviewRunbooks;
import com.mangaassist.reviewqueue.runbook.domain.BulkApprovePolicy;
import com.mangaassist.reviewqueue.task.application.QueueSweeps;
import com.mangaassist.reviewqueue.task.application.TaskCompletion;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The on-call runbooks (REST and the {@code runbooks} Actuator endpoint), the audit log and idempotency records. */
@Configuration(proxyBeanMethods = false)
class RunbookConfiguration {

    @Bean
    BulkApprovePolicy bulkApprovePolicy(ReviewProperties properties) {
        Set<TopicCategory> safe = properties.bulkApprove().safeTopics().stream()
                .map(code -> TopicCategory.fromCode(code)
                        .orElseThrow(
                                () -> new IllegalStateException("unknown topic in bulk-approve.safe-topics: " + code)))
                .collect(Collectors.toSet());
        return new BulkApprovePolicy(
                properties.bulkApprove().minimumConfidence(),
                safe,
                properties.bulkApprove().maxTasks());
    }

    @Bean
    AuditLog auditLog(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbAuditLog(dynamoDb, names.table(Resources.AUDIT_LOG), "review-queue-service");
    }

    @Bean
    RunbookResults runbookResults(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new DynamoDbRunbookResults(
                dynamoDb, names.table(Resources.LOCKS), "review-runbook", clock, Duration.ofDays(2));
    }

    @Bean
    ReviewRunbooks reviewRunbooks(
            ReviewTasks tasks,
            QueueSweeps sweeps,
            TaskCompletion completion,
            ReviewerPresence presence,
            Pager pager,
            AuditLog audit,
            RunbookResults results,
            ReviewSlaPolicy sla,
            BulkApprovePolicy bulkApprove,
            Clock clock) {
        return new ReviewRunbooks(tasks, sweeps, completion, presence, pager, audit, results, sla, bulkApprove, clock);
    }

    @Bean
    RunbookCatalog<RunbookResult> reviewRunbookCatalog(ReviewRunbooks runbooks, BulkApprovePolicy bulkApprove) {
        return ReviewRunbookCatalog.of(runbooks, bulkApprove);
    }

    @Bean
    ReviewRunbooksEndpoint runbooksEndpoint(RunbookCatalog<RunbookResult> catalog) {
        return new ReviewRunbooksEndpoint(catalog);
    }
}
