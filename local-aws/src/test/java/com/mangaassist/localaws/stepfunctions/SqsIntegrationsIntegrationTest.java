package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.junit.LocalAwsExtension.Prefix;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.model.Message;

@ExtendWith(LocalAwsExtension.class)
class SqsIntegrationsIntegrationTest {

    /** Sends $.body (whatever it is) with optional attributes/delay; result under $.sent. */
    private static final String SEND = """
            {"StartAt": "Send", "States": {
              "Send": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                "Parameters": {"QueueUrl.$": "$.queueUrl", "MessageBody.$": "$.body" %s},
                "ResultPath": "$.sent",
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.failure", "Next": "Failed"}],
                "End": true},
              "Failed": {"Type": "Pass", "End": true}}}""";

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

    @Test
    void anObjectBodyIsSentAsJsonAndTheResultIsMessageIdAndMd5() {
        String arn = local.createStateMachine(SEND, "");

        DescribeExecutionResponse ended = local.awaitEnd(
                local.start(arn, "{\"queueUrl\": \"" + queueUrl + "\", \"body\": {\"kind\": \"reviewed\", \"n\": 3}}"));
        Message message = local.receiveOne(queueUrl);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(json(message.body())).isEqualTo(json("{\"kind\": \"reviewed\", \"n\": 3}"));
        JsonNode sent = json(ended.output()).get("sent");
        assertThat(sent.get("MessageId").asText()).isEqualTo(message.messageId());
        assertThat(sent.get("MD5OfMessageBody").asText()).isEqualTo(md5(message.body()));
    }

    @Test
    void aStringBodyStaysAString() {
        String arn = local.createStateMachine(SEND, "");

        local.awaitEnd(local.start(arn, "{\"queueUrl\": \"" + queueUrl + "\", \"body\": \"plain text\"}"));

        assertThat(local.receiveOne(queueUrl).body()).isEqualTo("plain text");
    }

    @Test
    void messageAttributesAndDelaySecondsArePassedOn() {
        String arn = local.createStateMachine(
                SEND,
                ", \"DelaySeconds\": 2, \"MessageAttributes\": {\"kind\": {\"DataType\": \"String\","
                        + " \"StringValue\": \"review\"}}");
        Instant sent = Instant.now();

        local.awaitEnd(local.start(arn, "{\"queueUrl\": \"" + queueUrl + "\", \"body\": \"later\"}"));
        assertThat(local.receiveNow(queueUrl)).isEmpty();
        Message message = local.receiveOne(queueUrl, Duration.ofSeconds(10));

        assertThat(message.body()).isEqualTo("later");
        assertThat(message.messageAttributes().get("kind").stringValue()).isEqualTo("review");
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aSendToAMissingQueueIsATaskFailureThatCatchHandles() {
        String arn = local.createStateMachine(SEND, "");
        String missing = queueUrl + "-does-not-exist";

        DescribeExecutionResponse ended =
                local.awaitEnd(local.start(arn, "{\"queueUrl\": \"" + missing + "\", \"body\": \"lost\"}"));

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode failure = json(ended.output()).get("failure");
        assertThat(failure.get("Error").asText()).isEqualTo("SQS.AmazonSQSException");
        assertThat(failure.get("Cause").asText()).contains("Status Code: 400");
    }

    @Test
    void aFailedSendIsRetriedByRetry() {
        String arn = local.createStateMachine("""
                {"StartAt": "Send", "States": {"Send": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage",
                  "Parameters": {"QueueUrl.$": "$.queueUrl", "MessageBody": "retried"},
                  "Retry": [{"ErrorEquals": ["SQS.AmazonSQSException"], "IntervalSeconds": 1, "MaxAttempts": 2,
                    "BackoffRate": 1}],
                  "End": true}}}""");
        String missingName = queueUrl.substring(queueUrl.lastIndexOf('/') + 1) + "-late";
        String missing = queueUrl.substring(0, queueUrl.lastIndexOf('/') + 1) + missingName;

        String executionArn = local.start(arn, "{\"queueUrl\": \"" + missing + "\"}");
        local.sqs.createQueue(r -> r.queueName(missingName));
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(local.receiveOne(missing).body()).isEqualTo("retried");
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
