package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.JSON;
import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.junit.LocalAwsExtension.Prefix;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.review.ReviewExecutionInput;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** The real review state machine (infra's ASL), provisioned by the stack for this class's prefix. */
@ExtendWith(LocalAwsExtension.class)
class ReviewWorkflowIntegrationTest {

    private static StepFunctionsTesting local;
    private static String stateMachineArn;
    private static String reviewQueue;
    private static String deliveries;

    @BeforeAll
    static void provisioned(LocalAwsEndpoints endpoints, @Prefix String prefix) {
        local = new StepFunctionsTesting(endpoints, prefix);
        stateMachineArn = endpoints.reviewWorkflowArn(prefix);
        reviewQueue = local.sqs
                .getQueueUrl(r -> r.queueName(Resources.REVIEW_QUEUE.physicalName(prefix)))
                .queueUrl();
        deliveries = local.sqs
                .getQueueUrl(r -> r.queueName(Resources.DELIVERIES.physicalName(prefix)))
                .queueUrl();
    }

    @AfterAll
    static void close() {
        local.close();
    }

    @Test
    void theProvisionedStateMachineIsNamedForThePrefix(@Prefix String prefix) {
        var described = local.sfn.describeStateMachine(r -> r.stateMachineArn(stateMachineArn));

        assertThat(stateMachineArn)
                .isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:" + prefix + "-review-workflow");
        assertThat(described.definition())
                .contains(reviewQueue)
                .contains(deliveries)
                .doesNotContain("${");
    }

    @Test
    void aReviewedAnswerIsDeliveredAndTheExecutionSucceeds() throws Exception {
        ReviewExecutionInput input = input(60, 30);
        String executionArn = start(input);

        JsonNode request = json(local.receiveOne(reviewQueue).body());
        assertThat(request.get("kind").asText()).isEqualTo("review");
        assertThat(request.get("taskToken").asText()).isNotBlank();
        assertThat(request.get("messageId").asText()).isEqualTo(input.messageId());
        assertThat(request.get("sessionId").asText()).isEqualTo("s-1");
        assertThat(request.get("userId").asText()).isEqualTo("u-1");
        assertThat(request.get("priority").asText()).isEqualTo("P2");
        assertThat(request.get("confidence").asDouble()).isEqualTo(0.62);
        assertThat(request.get("rawScore").asDouble()).isEqualTo(0.58);
        assertThat(request.get("question").asText()).isEqualTo("Is One Piece 107 in stock?");
        assertThat(request.get("draftAnswer").asText()).isEqualTo("Yes, 3 copies.");
        assertThat(request.get("lang").asText()).isEqualTo("en");
        assertThat(request.get("timeoutSeconds").asLong()).isEqualTo(60);

        String decision = JSON.writeValueAsString(DeliveryRequest.reviewed(input.messageId(), "Yes, 2 copies left."));
        local.sfn.sendTaskSuccess(
                r -> r.taskToken(request.get("taskToken").asText()).output(decision));

        JsonNode delivered = json(local.receiveOne(deliveries).body());
        assertThat(delivered).isEqualTo(json(decision));
        assertThat(local.awaitEnd(executionArn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void withoutAnAnswerInTimeTheDraftIsDeliveredWithBothDisclaimersAndALateAnswerIsTimedOut() throws Exception {
        ReviewExecutionInput input = input(1, 30);
        String executionArn = start(input);
        String token =
                json(local.receiveOne(reviewQueue).body()).get("taskToken").asText();

        JsonNode delivered = json(local.receiveOne(deliveries).body());

        assertThat(delivered.get("messageId").asText()).isEqualTo(input.messageId());
        assertThat(delivered.get("kind").asText()).isEqualTo("delayed");
        assertThat(delivered.get("text").asText()).isEqualTo("Yes, 3 copies.");
        assertThat(delivered.get("disclaimer").asText()).isEqualTo(Disclaimers.UNREVIEWED);
        assertThat(delivered.get("disclaimerJa").asText()).isEqualTo(Disclaimers.UNREVIEWED_JA);
        assertThat(local.awaitEnd(executionArn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String late = JSON.writeValueAsString(DeliveryRequest.reviewed(input.messageId(), "too late"));
        assertThatThrownBy(
                        () -> local.sfn.sendTaskSuccess(r -> r.taskToken(token).output(late)))
                .isInstanceOf(TaskTimedOutException.class);
        assertThat(local.receiveNow(deliveries)).isEmpty();
    }

    @Test
    void aTaskFailureDeliversTheDraftAndThenFailsTheExecution() throws Exception {
        ReviewExecutionInput input = input(60, 30);
        String executionArn = start(input);
        String token =
                json(local.receiveOne(reviewQueue).body()).get("taskToken").asText();

        local.sfn.sendTaskFailure(
                r -> r.taskToken(token).error("ReviewAbandoned").cause("no reviewer"));

        JsonNode delivered = json(local.receiveOne(deliveries).body());
        assertThat(delivered.get("kind").asText()).isEqualTo("delayed");
        assertThat(delivered.get("messageId").asText()).isEqualTo(input.messageId());
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);
        assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ended.error()).isEqualTo("ReviewFailed");
    }

    @Test
    void heartbeatsKeepTheReviewAlivePastHeartbeatSeconds() throws Exception {
        ReviewExecutionInput input = input(60, 1);
        String executionArn = start(input);
        String token =
                json(local.receiveOne(reviewQueue).body()).get("taskToken").asText();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        try {
            beats.scheduleAtFixedRate(
                    () -> local.sfn.sendTaskHeartbeat(r -> r.taskToken(token)), 0, 300, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();

            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> System.nanoTime() - started
                            > Duration.ofMillis(2500).toNanos());
            assertThat(local.describe(executionArn).status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(local.receiveNow(deliveries)).isEmpty();
        } finally {
            beats.shutdownNow();
        }

        String decision = JSON.writeValueAsString(DeliveryRequest.reviewed(input.messageId(), "checked"));
        local.sfn.sendTaskSuccess(r -> r.taskToken(token).output(decision));

        assertThat(json(local.receiveOne(deliveries).body()).get("kind").asText())
                .isEqualTo("reviewed");
        assertThat(local.awaitEnd(executionArn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void withoutHeartbeatsTheReviewTimesOutAfterHeartbeatSeconds() throws Exception {
        ReviewExecutionInput input = input(60, 1);
        String executionArn = start(input);
        local.receiveOne(reviewQueue);

        assertThat(json(local.receiveOne(deliveries).body()).get("kind").asText())
                .isEqualTo("delayed");
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ended.stopDate().toEpochMilli() - ended.startDate().toEpochMilli())
                .isLessThan(30_000);
    }

    private static ReviewExecutionInput input(long timeoutSeconds, long heartbeatSeconds) {
        return new ReviewExecutionInput(
                "m-" + UUID.randomUUID(),
                "s-1",
                "u-1",
                Priority.P2,
                TopicCategory.AVAILABILITY,
                0.62,
                0.58,
                "Is One Piece 107 in stock?",
                "Yes, 3 copies.",
                "en",
                "2026-05-01T10:00:00Z",
                timeoutSeconds,
                heartbeatSeconds);
    }

    /** Execution name = message id, as the orchestrator starts it. */
    private static String start(ReviewExecutionInput input) throws JsonProcessingException {
        String json = JSON.writeValueAsString(input);
        return local.sfn
                .startExecution(r -> r.stateMachineArn(stateMachineArn)
                        .name(input.messageId())
                        .input(json))
                .executionArn();
    }
}
