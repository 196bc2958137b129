package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.followup.adapter.out.dynamodb.DynamoDbDeliveryPromises;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.QueueUrls;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.SqsHandoffDesk;
import com.mangaassist.orchestrator.followup.adapter.out.sqs.SqsReturningCustomers;
import com.mangaassist.orchestrator.followup.adapter.out.stepfunctions.StepFunctionsReviewWorkflow;
import com.mangaassist.orchestrator.followup.application.FollowUpTurn;
import com.mangaassist.orchestrator.followup.domain.DeliveryPromises;
import com.mangaassist.orchestrator.followup.domain.HandoffDesk;
import com.mangaassist.orchestrator.followup.domain.ReturningCustomers;
import com.mangaassist.orchestrator.followup.domain.ReviewSchedule;
import com.mangaassist.orchestrator.followup.domain.ReviewWorkflow;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins the follow-up ports (promises, review workflow, handoffs, inbox drain) to their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {

    @Bean(destroyMethod = "close")
    SqsClient sqsClient(AwsClientConfigurer configurer) {
        return configurer.configure(SqsClient.builder(), "sqs").build();
    }

    @Bean(destroyMethod = "close")
    SfnClient sfnClient(AwsClientConfigurer configurer) {
        return configurer.configure(SfnClient.builder(), "stepfunctions").build();
    }

    @Bean
    QueueUrls queueUrls(SqsClient sqs) {
        return new QueueUrls(sqs);
    }

    @Bean
    DeliveryPromises deliveryPromises(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbDeliveryPromises(dynamoDb, names.table(Resources.DELIVERY_PROMISES));
    }

    @Bean
    ReviewWorkflow reviewWorkflow(SfnClient sfn, FollowUpProperties properties, JsonMapper json, MeterRegistry meters) {
        return new StepFunctionsReviewWorkflow(
                sfn, properties.stateMachineArn(), json, meters, properties.startAttempts());
    }

    @Bean
    HandoffDesk handoffDesk(SqsClient sqs, QueueUrls urls, ResourceNaming names, JsonMapper json) {
        return new SqsHandoffDesk(sqs, urls, names.queue(Resources.HANDOFFS), json);
    }

    @Bean
    ReturningCustomers returningCustomers(
            SqsClient sqs,
            QueueUrls urls,
            ResourceNaming names,
            JsonMapper json,
            FollowUpProperties properties,
            MeterRegistry meters) {
        return new SqsReturningCustomers(
                sqs, urls, names.queue(Resources.DELIVERIES), json, properties.inboxDrainDelaySeconds(), meters);
    }

    @Bean
    FollowUpTurn followUpTurn(
            DeliveryPromises promises, ReviewWorkflow workflow, HandoffDesk handoffs, FollowUpProperties properties) {
        return new FollowUpTurn(
                promises,
                workflow,
                handoffs,
                new ReviewSchedule(
                        properties.workflowTimeout(), properties.workflowHeartbeat(), properties.promiseDue()));
    }
}
