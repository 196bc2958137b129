package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.StandInTesting.assertCloseStopsIt;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class StepFunctionsStandInIntegrationTest {

    /** Failsafe runs in the module directory. */
    private static final Path NODE_DIRECTORY = Path.of("node");

    @Test
    void startedFrontAnswersTheSdkOnLoopback() {
        long begin = System.nanoTime();
        try (StepFunctionsStandIn stepFunctions = new StepFunctionsStandIn(NODE_DIRECTORY, null)) {
            stepFunctions.start();
            System.out.printf("Step Functions stand-in started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);

            assertThat(stepFunctions.name()).isEqualTo("stepfunctions");
            assertThat(stepFunctions.endpoint().getHost()).isEqualTo("127.0.0.1");
            try (SfnClient sfn = sdkClient(SfnClient.builder(), stepFunctions.endpoint())) {
                assertThat(sfn.listStateMachines().stateMachines()).isEmpty();
            }
        }
    }

    @Test
    void withoutAnSqsEndpointAnSqsTaskFailsWithSdkClientException() {
        try (StepFunctionsStandIn stepFunctions = new StepFunctionsStandIn(NODE_DIRECTORY, null);
                SfnClient sfn = startedClient(stepFunctions)) {
            String arn = sfn.createStateMachine(r ->
                            r.name("no-sqs").roleArn(StepFunctionsTesting.ROLE).definition("""
                                    {"StartAt": "Send", "States": {"Send": {"Type": "Task",
                                      "Resource": "arn:aws:states:::sqs:sendMessage",
                                      "Parameters": {"QueueUrl": "http://nowhere/q", "MessageBody": "x"},
                                      "End": true}}}"""))
                    .stateMachineArn();
            String executionArn =
                    sfn.startExecution(r -> r.stateMachineArn(arn)).executionArn();

            var ended = org.awaitility.Awaitility.await()
                    .until(
                            () -> sfn.describeExecution(r -> r.executionArn(executionArn)),
                            d -> d.status() != ExecutionStatus.RUNNING);

            assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(ended.error()).isEqualTo("SQS.SdkClientException");
        }
    }

    @Test
    void afterCloseTheNodeProcessIsGoneAndThePortIsFree() {
        StepFunctionsStandIn stepFunctions = new StepFunctionsStandIn(NODE_DIRECTORY, null);
        stepFunctions.start();
        List<ProcessHandle> processes = stepFunctions.processTree();
        assertThat(processes)
                .anySatisfy(process -> assertThat(process.info().commandLine())
                        .hasValueSatisfying(command -> assertThat(command).contains("stepfunctions-server.js")));

        assertCloseStopsIt(stepFunctions, processes);
    }

    @Test
    void withoutNpmCiTheStandInFailsAtOnceSayingWhatToRun(@TempDir Path emptyNodeDirectory) throws IOException {
        Files.writeString(emptyNodeDirectory.resolve("stepfunctions-server.js"), "// not installed\n");
        StepFunctionsStandIn stepFunctions = new StepFunctionsStandIn(emptyNodeDirectory, null);

        assertThatThrownBy(stepFunctions::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm ci")
                .hasMessageContaining(emptyNodeDirectory.toAbsolutePath().toString());
    }

    @Test
    void withoutNodeOnThePathTheStandInFailsNamingNode20() {
        StepFunctionsStandIn stepFunctions =
                new StepFunctionsStandIn(NODE_DIRECTORY, null, "no-such-node-for-local-aws");

        assertThatThrownBy(stepFunctions::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Node.js 20+");
    }

    private static SfnClient startedClient(StepFunctionsStandIn stepFunctions) {
        stepFunctions.start();
        return sdkClient(SfnClient.builder(), stepFunctions.endpoint());
    }
}
