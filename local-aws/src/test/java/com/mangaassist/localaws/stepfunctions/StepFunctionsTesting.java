package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mangaassist.localaws.LocalAwsEndpoints;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The unmodified SfnClient and SqsClient against the local stack, and the few steps every test repeats. */
final class StepFunctionsTesting implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROLE = "arn:aws:iam::000000000000:role/local";

    final SfnClient sfn;
    final SqsClient sqs;
    private final String prefix;

    StepFunctionsTesting(LocalAwsEndpoints endpoints, String prefix) {
        this.sfn = sdkClient(SfnClient.builder(), endpoints.stepFunctions());
        this.sqs = sdkClient(SqsClient.builder(), endpoints.sqs());
        this.prefix = prefix;
    }

    /** A state machine with a fresh name; {@code %s} in the definition are replaced by {@code args}. */
    String createStateMachine(String definition, Object... args) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return sfn.createStateMachine(
                        r -> r.name(name).definition(definition.formatted(args)).roleArn(ROLE))
                .stateMachineArn();
    }

    /** A fresh queue of this test class. */
    String createQueue() {
        String name = prefix + "-q-" + UUID.randomUUID().toString().substring(0, 8);
        return sqs.createQueue(r -> r.queueName(name)).queueUrl();
    }

    String start(String stateMachineArn, String input) {
        return sfn.startExecution(r -> r.stateMachineArn(stateMachineArn).input(input))
                .executionArn();
    }

    DescribeExecutionResponse describe(String executionArn) {
        return sfn.describeExecution(r -> r.executionArn(executionArn));
    }

    /** Waits until the execution has left RUNNING and returns how it ended. */
    DescribeExecutionResponse awaitEnd(String executionArn, Duration atMost) {
        return await().atMost(atMost)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> describe(executionArn), d -> d.status() != ExecutionStatus.RUNNING);
    }

    DescribeExecutionResponse awaitEnd(String executionArn) {
        return awaitEnd(executionArn, Duration.ofSeconds(20));
    }

    /** Waits for one message on the queue, deletes it and returns it. */
    Message receiveOne(String queueUrl) {
        return receiveOne(queueUrl, Duration.ofSeconds(20));
    }

    Message receiveOne(String queueUrl, Duration atMost) {
        Message message = await().atMost(atMost)
                .pollInterval(Duration.ZERO)
                .until(
                        () -> sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                                        .waitTimeSeconds(1)
                                        .maxNumberOfMessages(1)
                                        .messageAttributeNames("All"))
                                .messages(),
                        messages -> !messages.isEmpty())
                .get(0);
        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        return message;
    }

    List<Message> receiveNow(String queueUrl) {
        return sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10))
                .messages();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sfn.close();
        sqs.close();
    }
}
