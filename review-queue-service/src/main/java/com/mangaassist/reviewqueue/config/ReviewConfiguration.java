package com.mangaassist.reviewqueue.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.jobs.DynamoDbSingleRunner;
import com.mangaassist.common.jobs.SingleRunner;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.paging.Pagers;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.reviewqueue.task.adapter.in.scheduling.ReviewJobs;
import com.mangaassist.reviewqueue.task.adapter.in.sqs.SqsTaskIntakePoller;
import com.mangaassist.reviewqueue.task.adapter.out.dynamodb.DynamoDbReviewOutcomes;
import com.mangaassist.reviewqueue.task.adapter.out.dynamodb.DynamoDbReviewTasks;
import com.mangaassist.reviewqueue.task.adapter.out.stepfunctions.StepFunctionsReviewWorkflow;
import com.mangaassist.reviewqueue.task.application.DecideReviewTask;
import com.mangaassist.reviewqueue.task.application.HandoffDesk;
import com.mangaassist.reviewqueue.task.application.QueueEvents;
import com.mangaassist.reviewqueue.task.application.QueueSweeps;
import com.mangaassist.reviewqueue.task.application.ReviewerDesk;
import com.mangaassist.reviewqueue.task.application.TaskCompletion;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.task.domain.AutoDeliverPolicy;
import com.mangaassist.reviewqueue.task.domain.LeasePolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcomes;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins the review-task ports to their adapters and turns settings into policies. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    static final String STEP_FUNCTIONS_KEY = "stepfunctions";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    SqsClient sqsClient(AwsClientConfigurer configurer) {
        return configurer.configure(SqsClient.builder(), "sqs").build();
    }

    @Bean(destroyMethod = "close")
    SfnClient sfnClient(AwsClientConfigurer configurer) {
        return configurer.configure(SfnClient.builder(), STEP_FUNCTIONS_KEY).build();
    }

    @Bean
    ReviewSlaPolicy reviewSlaPolicy(ReviewProperties properties) {
        return new ReviewSlaPolicy(properties.sla());
    }

    @Bean
    LeasePolicy leasePolicy(ReviewProperties properties) {
        return new LeasePolicy(properties.lease().duration(), properties.lease().maxReassignments());
    }

    @Bean
    AutoDeliverPolicy autoDeliverPolicy(ReviewProperties properties) {
        return new AutoDeliverPolicy(
                properties.autoDeliver().age(), properties.autoDeliver().priorities());
    }

    @Bean
    ReviewTasks reviewTasks(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbReviewTasks(dynamoDb, names.table(Resources.REVIEW_TASKS));
    }

    @Bean
    ReviewOutcomes reviewOutcomes(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbReviewOutcomes(dynamoDb, names.table(Resources.REVIEW_OUTCOMES));
    }

    @Bean
    @ConditionalOnMissingBean
    ReviewWorkflow reviewWorkflow(SfnClient sfn, JsonMapper json) {
        return new StepFunctionsReviewWorkflow(sfn, json);
    }

    @Bean
    TaskCompletion taskCompletion(
            ReviewTasks tasks, ReviewWorkflow workflow, ReviewOutcomes outcomes, QueueEvents events, Clock clock) {
        return new TaskCompletion(tasks, workflow, outcomes, events, clock);
    }

    @Bean
    TaskIntake taskIntake(ReviewTasks tasks, ReviewSlaPolicy sla, QueueEvents events, Clock clock) {
        return new TaskIntake(tasks, sla, events, clock);
    }

    @Bean
    ReviewerDesk reviewerDesk(
            ReviewTasks tasks, ReviewWorkflow workflow, TaskCompletion completion, LeasePolicy lease, Clock clock) {
        return new ReviewerDesk(tasks, workflow, completion, lease, clock);
    }

    @Bean
    DecideReviewTask decideReviewTask(
            ReviewTasks tasks, TaskCompletion completion, ReviewSlaPolicy sla, QueueEvents events, Clock clock) {
        return new DecideReviewTask(tasks, completion, sla, events, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.review.intake.enabled", havingValue = "true", matchIfMissing = true)
    SqsTaskIntakePoller reviewRequestPoller(
            SqsClient sqs,
            ResourceNaming names,
            TaskIntake intake,
            JsonMapper json,
            ReviewProperties properties,
            MeterRegistry meters) {
        return new SqsTaskIntakePoller(
                sqs,
                names.queue(Resources.REVIEW_QUEUE),
                ReviewRequestKind.REVIEW,
                intake,
                json,
                properties.intake().waitTime(),
                meters);
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.review.intake.enabled", havingValue = "true", matchIfMissing = true)
    SqsTaskIntakePoller handoffPoller(
            SqsClient sqs,
            ResourceNaming names,
            TaskIntake intake,
            JsonMapper json,
            ReviewProperties properties,
            MeterRegistry meters) {
        return new SqsTaskIntakePoller(
                sqs,
                names.queue(Resources.HANDOFFS),
                ReviewRequestKind.HANDOFF,
                intake,
                json,
                properties.intake().waitTime(),
                meters);
    }

    @Bean
    HandoffDesk handoffDesk(ReviewTasks tasks, LeasePolicy lease, Clock clock) {
        return new HandoffDesk(tasks, lease, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Pager pager(ReviewProperties properties, AwsClientConfigurer configurer) {
        return Pagers.of(
                properties.paging().pager(), properties.paging().topicArn(), configurer, "mangaassist.review.paging");
    }

    @Bean
    QueueSweeps queueSweeps(
            ReviewTasks tasks,
            ReviewWorkflow workflow,
            TaskCompletion completion,
            LeasePolicy lease,
            AutoDeliverPolicy autoDeliver,
            Pager pager,
            Clock clock) {
        return new QueueSweeps(tasks, workflow, completion, lease, autoDeliver, pager, clock);
    }

    @Bean
    InstanceId instanceId() {
        return InstanceId.random();
    }

    @Bean
    SingleRunner singleRunner(DynamoDbClient dynamoDb, ResourceNaming names, InstanceId instance, Clock clock) {
        return new DynamoDbSingleRunner(
                dynamoDb, names.table(Resources.LOCKS), "review-queue", instance.value(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "mangaassist.review.jobs.enabled", havingValue = "true", matchIfMissing = true)
    ReviewJobs reviewJobs(QueueSweeps sweeps, SingleRunner runner, MeterRegistry meters, ReviewProperties properties) {
        return new ReviewJobs(
                sweeps,
                runner,
                meters,
                properties.jobs().sweepInterval(),
                properties.jobs().heartbeatInterval(),
                properties.autoDeliver().enabled());
    }
}
