package com.mangaassist.orchestrator.followup.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.stepfunctions.StateMachineArns;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewExecutionInput;
import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.followup.adapter.out.stepfunctions.StepFunctionsReviewWorkflow;
import com.mangaassist.orchestrator.followup.domain.WorkflowStart;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

/** Starting the real review workflow on the Step Functions stand-in: once per message id, loud when it cannot. */
@ExtendWith(LocalAwsExtension.class)
class StepFunctionsReviewWorkflowIntegrationTest {

    private static SfnClient sfn;
    private static SqsClient sqs;
    private static String prefix;

    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void connect(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String resourcePrefix) {
        prefix = resourcePrefix;
        sfn = client(SfnClient.builder(), endpoints.stepFunctions()).build();
        sqs = SqsClient.builder()
                .endpointOverride(endpoints.sqs())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .build();
    }

    @AfterAll
    static void close() {
        sfn.close();
        sqs.close();
    }

    @Test
    void startsOneExecutionNamedByTheMessageIdThatEnqueuesTheReviewWithItsToken() {
        StepFunctionsReviewWorkflow workflow =
                new StepFunctionsReviewWorkflow(sfn, StateMachineArns.reviewWorkflow(prefix), json, meters, 3);
        ReviewExecutionInput input = input("m-start");

        assertThat(workflow.start(input)).isInstanceOf(WorkflowStart.Started.class);
        ReviewExecutionInput changed = new ReviewExecutionInput(
                "m-start",
                "s-1",
                "u-1",
                Priority.P2,
                TopicCategory.REFUND,
                0.4,
                0.3,
                "q",
                "d",
                "en",
                "2026-11-28T11:00:00Z",
                300,
                60);
        assertThat(workflow.start(changed)).isInstanceOf(WorkflowStart.AlreadyStarted.class);

        String queueUrl = sqs.getQueueUrl(b -> b.queueName(Resources.REVIEW_QUEUE.physicalName(prefix)))
                .queueUrl();
        List<Message> messages = sqs.receiveMessage(
                        b -> b.queueUrl(queueUrl).waitTimeSeconds(10).maxNumberOfMessages(10))
                .messages();
        assertThat(messages).hasSize(1);
        ReviewRequest request = json.readValue(messages.get(0).body(), ReviewRequest.class);
        assertThat(request.kind()).isEqualTo(ReviewRequestKind.REVIEW);
        assertThat(request.taskToken()).isNotBlank();
        assertThat(request.messageId()).isEqualTo("m-start");
        assertThat(request.priority()).isEqualTo(Priority.P1);
        assertThat(request.rawScore()).isEqualTo(0.42);
        assertThat(request.timeoutSeconds()).isEqualTo(300L);
        String executionArn =
                sfn
                        .listExecutions(b -> b.stateMachineArn(StateMachineArns.reviewWorkflow(prefix)))
                        .executions()
                        .stream()
                        .filter(e -> e.name().equals("m-start"))
                        .findFirst()
                        .orElseThrow()
                        .executionArn();
        assertThat(sfn.describeExecution(b -> b.executionArn(executionArn)).status())
                .isEqualTo(ExecutionStatus.RUNNING);
        sfn.stopExecution(b -> b.executionArn(executionArn));
    }

    @Test
    void anUnknownStateMachineIsAFailedStartCountedByKindNotAnException() {
        StepFunctionsReviewWorkflow workflow =
                new StepFunctionsReviewWorkflow(sfn, StateMachineArns.stateMachine("no-such-machine"), json, meters, 2);

        WorkflowStart start = workflow.start(input("m-lost"));

        assertThat(start).isEqualTo(new WorkflowStart.Failed("StateMachineDoesNotExist"));
        assertThat(meters.counter(StepFunctionsReviewWorkflow.START_FAILURES_METRIC, "kind", "StateMachineDoesNotExist")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void anUnreachableServiceIsRetriedThenAFailedStart() {
        try (SfnClient unreachable =
                client(SfnClient.builder(), URI.create("http://127.0.0.1:9")).build()) {
            StepFunctionsReviewWorkflow workflow = new StepFunctionsReviewWorkflow(
                    unreachable, StateMachineArns.reviewWorkflow(prefix), json, meters, 2);

            assertThat(workflow.start(input("m-down"))).isInstanceOf(WorkflowStart.Failed.class);
            assertThat(meters.find(StepFunctionsReviewWorkflow.START_FAILURES_METRIC)
                            .counter()
                            .count())
                    .isEqualTo(1.0);
        }
    }

    private static ReviewExecutionInput input(String messageId) {
        return new ReviewExecutionInput(
                messageId,
                "s-1",
                "u-1",
                Priority.P1,
                TopicCategory.REFUND,
                0.55,
                0.42,
                "返金してください",
                "The draft.",
                "ja",
                "2026-11-28T11:00:00Z",
                300,
                60);
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    private static SfnClientBuilder client(SfnClientBuilder builder, URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials());
    }
}
