package com.mangaassist.localaws.stepfunctions;

import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.ROLE;
import static com.mangaassist.localaws.stepfunctions.StepFunctionsTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.junit.LocalAwsExtension.Prefix;
import com.mangaassist.localaws.junit.LocalAwsOnly;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

@ExtendWith(LocalAwsExtension.class)
class StateMachineApiIntegrationTest {

    private static final String PASS = """
            {"StartAt": "Shape", "States": {"Shape": {"Type": "Pass",
              "Parameters": {"greeting.$": "States.Format('hello {}', $.who)", "execution.$": "$$.Execution.Name"},
              "End": true}}}""";
    private static final String FAIL = """
            {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Refused", "Cause": "not today"}}}""";
    private static final String WAIT = """
            {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 600, "End": true}}}""";

    private static StepFunctionsTesting local;
    private static URI endpoint;

    @BeforeAll
    static void clients(LocalAwsEndpoints endpoints, @Prefix String prefix) {
        local = new StepFunctionsTesting(endpoints, prefix);
        endpoint = endpoints.stepFunctions();
    }

    @AfterAll
    static void close() {
        local.close();
    }

    @Test
    void aCreatedStateMachineIsDescribedAndListedAndCreatingItAgainGivesTheSameArn() {
        String arn = local.createStateMachine(PASS);
        String name = arn.substring(arn.lastIndexOf(':') + 1);

        var described = local.sfn.describeStateMachine(r -> r.stateMachineArn(arn));
        assertThat(arn).isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:" + name);
        assertThat(described.name()).isEqualTo(name);
        assertThat(described.definition()).isEqualTo(PASS);
        assertThat(described.roleArn()).isEqualTo(ROLE);
        assertThat(described.statusAsString()).isEqualTo("ACTIVE");
        assertThat(local.sfn
                        .createStateMachine(r -> r.name(name).definition(PASS).roleArn(ROLE))
                        .stateMachineArn())
                .isEqualTo(arn);
        assertThat(local.sfn.listStateMachines().stateMachines())
                .anySatisfy(item -> assertThat(item.stateMachineArn()).isEqualTo(arn));
    }

    @Test
    void theSameNameWithAnotherDefinitionIsStateMachineAlreadyExists() {
        String arn = local.createStateMachine(PASS);
        String name = arn.substring(arn.lastIndexOf(':') + 1);

        assertThatThrownBy(() -> local.sfn.createStateMachine(
                        r -> r.name(name).definition(FAIL).roleArn(ROLE)))
                .isInstanceOf(StateMachineAlreadyExistsException.class);
    }

    @Test
    void aDefinitionThatIsNotJsonOrNotAslIsInvalidDefinition() {
        assertThatThrownBy(() -> local.createStateMachine("{not json")).isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> local.createStateMachine("{\"StartAt\": \"Missing\", \"States\": {}}"))
                .isInstanceOf(InvalidDefinitionException.class);
    }

    @Test
    void anExecutionSucceedsWithItsOutputInputAndDates() {
        String arn = local.createStateMachine(PASS);
        Instant before = Instant.now().minusSeconds(1);

        String executionArn = local.sfn
                .startExecution(r -> r.stateMachineArn(arn).name("greet-1").input("{\"who\": \"Kenji\"}"))
                .executionArn();
        DescribeExecutionResponse ended = local.awaitEnd(executionArn);

        assertThat(executionArn).endsWith(":execution:" + arn.substring(arn.lastIndexOf(':') + 1) + ":greet-1");
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ended.input()).isEqualTo("{\"who\": \"Kenji\"}");
        assertThat(json(ended.output()).get("greeting").asText()).isEqualTo("hello Kenji");
        assertThat(json(ended.output()).get("execution").asText()).isEqualTo("greet-1");
        assertThat(ended.startDate()).isAfter(before);
        assertThat(ended.stopDate()).isAfterOrEqualTo(ended.startDate());
        assertThat(ended.stateMachineArn()).isEqualTo(arn);
    }

    @Test
    void aFailStateFailsTheExecutionWithItsErrorAndCause() {
        String arn = local.createStateMachine(FAIL);

        DescribeExecutionResponse ended = local.awaitEnd(local.start(arn, "{}"));

        assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ended.error()).isEqualTo("Refused");
        assertThat(ended.cause()).isEqualTo("not today");
        assertThat(ended.output()).isNull();
    }

    @Test
    void aReusedNameIsExecutionAlreadyExistsUnlessTheSameInputStartsARunningExecutionAgain() {
        String arn = local.createStateMachine(WAIT);
        String first = local.sfn
                .startExecution(r -> r.stateMachineArn(arn).name("m-1").input("{\"a\":1}"))
                .executionArn();

        // AWS: StartExecution is idempotent for a running STANDARD execution with the same name and input
        assertThat(local.sfn
                        .startExecution(r -> r.stateMachineArn(arn).name("m-1").input("{\"a\":1}"))
                        .executionArn())
                .isEqualTo(first);
        assertThatThrownBy(() -> local.sfn.startExecution(
                        r -> r.stateMachineArn(arn).name("m-1").input("{\"a\":2}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
        local.sfn.stopExecution(r -> r.executionArn(first));
        assertThatThrownBy(() -> local.sfn.startExecution(
                        r -> r.stateMachineArn(arn).name("m-1").input("{\"a\":1}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
    }

    @Test
    void startingAnUnknownStateMachineOrWithInputThatIsNotJsonIsRefused() {
        String arn = local.createStateMachine(PASS);

        assertThatThrownBy(() -> local.start(arn + "-missing", "{}"))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> local.start(arn, "{\"who\": ")).isInstanceOf(InvalidExecutionInputException.class);
        assertThatThrownBy(() -> local.describe(arn.replace(":stateMachine:", ":execution:") + ":nobody"))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }

    @Test
    void aStoppedExecutionIsAbortedWithTheGivenErrorAndCause() {
        String arn = local.createStateMachine(WAIT);
        String executionArn = local.start(arn, "{}");

        var stopped = local.sfn.stopExecution(
                r -> r.executionArn(executionArn).error("Operator").cause("drill"));
        DescribeExecutionResponse ended = local.describe(executionArn);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(ended.error()).isEqualTo("Operator");
        assertThat(ended.cause()).isEqualTo("drill");
        assertThat(ended.stopDate()).isEqualTo(stopped.stopDate());
    }

    @Test
    void executionsAreListedNewestFirstByStatusAndPage() {
        String arn = local.createStateMachine(WAIT);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(local.start(arn, "{}"));
        }
        local.sfn.stopExecution(r -> r.executionArn(started.get(0)));

        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String token = next;
            ListExecutionsResponse page = local.sfn.listExecutions(
                    r -> r.stateMachineArn(arn).maxResults(2).nextToken(token));
            page.executions().forEach(item -> paged.add(item.executionArn()));
            next = page.nextToken();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        List<String> newestFirst = new ArrayList<>(started);
        Collections.reverse(newestFirst);
        assertThat(paged).containsExactlyElementsOf(newestFirst);
        assertThat(local.sfn
                        .listExecutions(r -> r.stateMachineArn(arn).statusFilter(ExecutionStatus.ABORTED))
                        .executions())
                .extracting(ExecutionListItem::executionArn)
                .containsExactly(started.get(0));
        assertThat(local.sfn
                        .listExecutions(r -> r.stateMachineArn(arn).statusFilter(ExecutionStatus.RUNNING))
                        .executions())
                .hasSize(4);
        started.forEach(e -> local.sfn.stopExecution(r -> r.executionArn(e)));
    }

    @LocalAwsOnly("tests the Step Functions stand-in's own HTTP front: raw bodies and targets")
    @Test
    void anUnknownOperationOrABodyThatIsNotJsonIsAnErrorAndTheFrontKeepsServing() throws Exception {
        HttpResponse<String> unknown = post("AWSStepFunctions.LaunchRocket", "{}");
        HttpResponse<String> garbage = post("AWSStepFunctions.StartExecution", "{{{");
        HttpResponse<String> noTarget = post("", "{}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown.body()).get("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage.body()).get("__type").asText()).isEqualTo("SerializationException");
        assertThat(noTarget.statusCode()).isEqualTo(400);
        assertThat(local.sfn.listStateMachines().stateMachines()).isNotNull();
    }

    private static HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!target.isEmpty()) {
            request.header("X-Amz-Target", target);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
