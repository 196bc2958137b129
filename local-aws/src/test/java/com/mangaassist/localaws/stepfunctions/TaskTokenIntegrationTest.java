package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.junit.LocalAwsExtension.Prefix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

@ExtendWith(LocalAwsExtension.class)
class TaskTokenIntegrationTest {

    /** Waits for a token, keeps the answer under $.answer, catches Rejected into $.rejection. */
    private static final String CALLBACK = """
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "%s",
                  "MessageBody": {"token.$": "$$.Task.Token", "question.$": "$.question"}},
                "ResultPath": "$.answer",
                "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.rejection", "Next": "Rejected"}],
                "End": true},
              "Rejected": {"Type": "Pass", "End": true}}}""";

    private static StepFunctionsTesting local;
    private static String queueUrl;
    private static String stateMachineArn;

    @BeforeAll
    static void stateMachine(LocalAwsEndpoints endpoints, @Prefix String prefix) {
        local = new StepFunctionsTesting(endpoints, prefix);
        queueUrl = local.createQueue();
        stateMachineArn = local.createStateMachine(CALLBACK, queueUrl);
    }

    @AfterAll
    static void close() {
        local.close();
    }

    @Test
    void sendTaskSuccessBecomesTheStateResultUnderItsResultPath() {
        String executionArn = local.start(stateMachineArn, "{\"question\": \"Is volume 3 in stock?\"}");
        JsonNode message = json(local.receiveOne(queueUrl).body());
        String token = message.get("token").asText();

        assertThat(message.get("question").asText()).isEqualTo("Is volume 3 in stock?");
        assertThat(token).hasSizeGreaterThan(100).doesNotContain("Task.Token");
        assertThat(local.describe(executionArn).status()).isEqualTo(ExecutionStatus.RUNNING);

        local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{\"text\": \"yes, 4 left\"}"));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = json(ended.output());
        assertThat(output.get("question").asText()).isEqualTo("Is volume 3 in stock?");
        assertThat(output.get("answer").get("text").asText()).isEqualTo("yes, 4 left");
    }

    @Test
    void sendTaskFailureIsCaughtByACatcherOfItsErrorName() {
        String executionArn = local.start(stateMachineArn, "{\"question\": \"refund?\"}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();

        local.sfn.sendTaskFailure(r -> r.taskToken(token).error("Rejected").cause("reviewer declined"));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode rejection = json(ended.output()).get("rejection");
        assertThat(rejection.get("Error").asText()).isEqualTo("Rejected");
        assertThat(rejection.get("Cause").asText()).isEqualTo("reviewer declined");
    }

    @Test
    void anUncaughtTaskFailureFailsTheExecutionWithItsErrorAndCause() {
        String executionArn = local.start(stateMachineArn, "{\"question\": \"?\"}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();

        local.sfn.sendTaskFailure(r -> r.taskToken(token).error("Broken").cause("no reviewer"));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ended.error()).isEqualTo("Broken");
        assertThat(ended.cause()).isEqualTo("no reviewer");
    }

    @Test
    void aTokenNeverIssuedIsTaskDoesNotExist() {
        assertThatThrownBy(() ->
                        local.sfn.sendTaskSuccess(r -> r.taskToken("made-up").output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class);
        assertThatThrownBy(() -> local.sfn.sendTaskHeartbeat(r -> r.taskToken("AAAA" + "x".repeat(200))))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    @Test
    void aTokenAlreadyAnsweredIsTaskTimedOut() {
        String executionArn = local.start(stateMachineArn, "{\"question\": \"?\"}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();
        local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}"));
        local.awaitEnd(executionArn);

        assertThatThrownBy(
                        () -> local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class)
                .hasMessageContaining("Provided task does not exist anymore");
        assertThatThrownBy(
                        () -> local.sfn.sendTaskFailure(r -> r.taskToken(token).error("Late")))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void stoppingTheExecutionInvalidatesItsPendingToken() {
        String executionArn = local.start(stateMachineArn, "{\"question\": \"?\"}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();

        local.sfn.stopExecution(r -> r.executionArn(executionArn));

        assertThat(local.describe(executionArn).status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThatThrownBy(
                        () -> local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
        assertThatThrownBy(() -> local.sfn.sendTaskHeartbeat(r -> r.taskToken(token)))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void everyExecutionGetsItsOwnToken() {
        local.start(stateMachineArn, "{\"question\": \"a\"}");
        local.start(stateMachineArn, "{\"question\": \"b\"}");

        String first = json(local.receiveOne(queueUrl).body()).get("token").asText();
        String second = json(local.receiveOne(queueUrl).body()).get("token").asText();

        assertThat(first).isNotEqualTo(second);
        local.sfn.sendTaskSuccess(r -> r.taskToken(first).output("{}"));
        local.sfn.sendTaskSuccess(r -> r.taskToken(second).output("{}"));
    }
}
