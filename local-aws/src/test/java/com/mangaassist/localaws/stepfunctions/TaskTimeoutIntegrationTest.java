package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.junit.LocalAwsExtension.Prefix;
import java.time.Duration;
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

@ExtendWith(LocalAwsExtension.class)
class TaskTimeoutIntegrationTest {

    /** A callback task; %s: queue URL, then the timing fields; catchers as given. */
    private static final String CALLBACK = """
            {"StartAt": "Wait", "States": {
              "Wait": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "%s", "MessageBody": {"token.$": "$$.Task.Token"}},
                %s
                "ResultPath": "$.answer",
                %s
                "End": true},
              "Caught": {"Type": "Pass", "End": true}}}""";

    private static final String CATCH_TIMEOUT =
            "\"Catch\": [{\"ErrorEquals\": [\"States.Timeout\"], \"ResultPath\": \"$.timeout\", \"Next\": \"Caught\"}],";

    /** Keeps the Caught state reachable (ASL validation) without catching anything of these tests. */
    private static final String CATCH_NOTHING =
            "\"Catch\": [{\"ErrorEquals\": [\"Unrelated\"], \"Next\": \"Caught\"}],";

    private static StepFunctionsTesting local;
    private static String queueUrl;

    @BeforeAll
    static void clients(LocalAwsEndpoints endpoints, @Prefix String prefix) {
        local = new StepFunctionsTesting(endpoints, prefix);
        queueUrl = local.createQueue();
    }

    @AfterAll
    static void close() {
        local.close();
    }

    private static String machine(String timing, String handlers) {
        return local.createStateMachine(CALLBACK, queueUrl, timing, handlers);
    }

    @Test
    void timeoutSecondsExpiryIsStatesTimeoutCaughtUnderResultPathAndTheTokenIsTimedOut() {
        String arn = machine("\"TimeoutSeconds\": 1,", CATCH_TIMEOUT);
        String executionArn = local.start(arn, "{\"id\": 7}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();

        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = json(ended.output());
        assertThat(output.get("id").asInt()).isEqualTo(7);
        assertThat(output.get("timeout").get("Error").asText()).isEqualTo("States.Timeout");
        assertThat(ended.stopDate().toEpochMilli() - ended.startDate().toEpochMilli())
                .isGreaterThanOrEqualTo(900);
        assertThatThrownBy(
                        () -> local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class)
                .hasMessageContaining("Provided task does not exist anymore");
    }

    @Test
    void timeoutSecondsPathIsReadFromTheStateInput() {
        String arn = machine("\"TimeoutSecondsPath\": \"$.limits.timeout\",", CATCH_TIMEOUT);

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{\"limits\": {\"timeout\": 1}}"));

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(ended.output()).get("timeout").get("Error").asText()).isEqualTo("States.Timeout");
        local.receiveOne(queueUrl);
    }

    @Test
    void anUncaughtTimeoutFailsTheExecutionWithStatesTimeout() {
        String arn = machine("\"TimeoutSeconds\": 1,", CATCH_NOTHING);

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{}"));

        assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ended.error()).isEqualTo("States.Timeout");
        local.receiveOne(queueUrl);
    }

    @Test
    void statesTaskFailedDoesNotMatchATimeoutButStatesAllDoes() {
        String arn = machine(
                "\"TimeoutSeconds\": 1,",
                "\"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"ResultPath\": \"$.taskFailed\", \"Next\": \"Caught\"},"
                        + " {\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.any\", \"Next\": \"Caught\"}],");

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{}"));

        JsonNode output = json(ended.output());
        assertThat(output.has("taskFailed")).isFalse();
        assertThat(output.get("any").get("Error").asText()).isEqualTo("States.Timeout");
        local.receiveOne(queueUrl);
    }

    @Test
    void aTimedOutTaskIsRetriedWithANewTokenAndTheRetrySucceeds() {
        String arn = machine(
                "\"TimeoutSeconds\": 1,",
                "\"Retry\": [{\"ErrorEquals\": [\"States.Timeout\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 1}],"
                        + CATCH_NOTHING);
        String executionArn = local.start(arn, "{}");
        String first = json(local.receiveOne(queueUrl).body()).get("token").asText();

        String second = json(local.receiveOne(queueUrl, Duration.ofSeconds(10)).body())
                .get("token")
                .asText();
        local.sfn.sendTaskSuccess(r -> r.taskToken(second).output("{\"ok\": true}"));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(second).isNotEqualTo(first);
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(ended.output()).get("answer").get("ok").asBoolean()).isTrue();
    }

    @Test
    void aMissedHeartbeatIsCaughtByAStatesTimeoutCatcherAsHeartbeatTimeout() {
        String arn = machine("\"TimeoutSeconds\": 30, \"HeartbeatSeconds\": 1,", CATCH_TIMEOUT);

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{}"));

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(ended.output()).get("timeout").get("Error").asText()).isEqualTo("States.HeartbeatTimeout");
        assertThat(ended.stopDate().toEpochMilli() - ended.startDate().toEpochMilli())
                .isLessThan(10_000);
        local.receiveOne(queueUrl);
    }

    @Test
    void heartbeatSecondsPathIsReadFromTheStateInputAndCaughtByItsOwnName() {
        String arn = machine(
                "\"HeartbeatSecondsPath\": \"$.heartbeat\",",
                "\"Catch\": [{\"ErrorEquals\": [\"States.HeartbeatTimeout\"], \"ResultPath\": \"$.timeout\", \"Next\": \"Caught\"}],");

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{\"heartbeat\": 1}"));

        assertThat(json(ended.output()).get("timeout").get("Error").asText()).isEqualTo("States.HeartbeatTimeout");
        local.receiveOne(queueUrl);
    }

    @Test
    void heartbeatsKeepATaskAlivePastHeartbeatSeconds() {
        String arn = machine("\"HeartbeatSeconds\": 1,", CATCH_TIMEOUT);
        String executionArn = local.start(arn, "{}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();
        long started = System.nanoTime();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        try {
            beats.scheduleAtFixedRate(
                    () -> local.sfn.sendTaskHeartbeat(r -> r.taskToken(token)), 0, 300, TimeUnit.MILLISECONDS);

            // three heartbeat periods pass with the task still waiting
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() ->
                            System.nanoTime() - started > Duration.ofSeconds(3).toNanos());
            assertThat(local.describe(executionArn).status()).isEqualTo(ExecutionStatus.RUNNING);
        } finally {
            beats.shutdownNow();
        }

        local.sfn.sendTaskSuccess(r -> r.taskToken(token).output("{\"alive\": true}"));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(json(ended.output()).get("answer").get("alive").asBoolean()).isTrue();
    }

    @Test
    void heartbeatsDoNotExtendTimeoutSeconds() {
        String arn = machine("\"TimeoutSeconds\": 2, \"HeartbeatSeconds\": 1,", CATCH_TIMEOUT);
        String executionArn = local.start(arn, "{}");
        String token = json(local.receiveOne(queueUrl).body()).get("token").asText();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        try {
            beats.scheduleAtFixedRate(
                    () -> {
                        try {
                            local.sfn.sendTaskHeartbeat(r -> r.taskToken(token));
                        } catch (TaskTimedOutException expectedOnceTimedOut) {
                            // the task timed out: heartbeats are refused from then on
                        }
                    },
                    0,
                    300,
                    TimeUnit.MILLISECONDS);

            DescribeExecutionResponse ended = local.awaitEnd(executionArn);

            assertThat(json(ended.output()).get("timeout").get("Error").asText())
                    .isEqualTo("States.Timeout");
        } finally {
            beats.shutdownNow();
        }
    }
}
