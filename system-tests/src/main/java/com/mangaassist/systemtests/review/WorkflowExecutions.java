package com.mangaassist.systemtests.review;

import com.mangaassist.localaws.stepfunctions.StateMachineArns;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review workflow's executions as the Step Functions stand-in records them ({@code DescribeExecution},
 * AWS JSON 1.0). The execution name is the turn's message id, so a customer's frame finds its workflow.
 */
public final class WorkflowExecutions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One execution: when the stand-in started it (its task timer starts within milliseconds of this),
     * when it finished (null while running), and from its input the orchestrator's {@code createdAt}
     * (when the turn was received), the priority and the timeout it was given.
     */
    public record Execution(
            String messageId,
            String status,
            Instant startDate,
            Instant stopDate,
            Instant createdAt,
            String priority,
            long timeoutSeconds) {

        /** When the workflow's own timer fell due: start plus the timeout. */
        public Instant timeoutDue() {
            return startDate.plusSeconds(timeoutSeconds);
        }

        /** The deadline the queue and the promise use: the turn's {@code createdAt} plus the timeout. */
        public Instant deadline() {
            return createdAt.plusSeconds(timeoutSeconds);
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String executionArnPrefix;

    public WorkflowExecutions(URI endpoint, String prefix) {
        this.endpoint = endpoint;
        this.executionArnPrefix = "arn:aws:states:" + StateMachineArns.REGION + ":" + StateMachineArns.ACCOUNT_ID
                + ":execution:" + StateMachineArns.reviewWorkflowName(prefix) + ":";
    }

    /** The execution of the turn {@code messageId}; empty when the stand-in has none. */
    public Optional<Execution> describe(String messageId) {
        String body = JSON.writeValueAsString(Map.of("executionArn", executionArnPrefix + messageId));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions.DescribeExecution")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode execution = JSON.readTree(response.body());
            JsonNode input = JSON.readTree(execution.get("input").asString());
            JsonNode stop = execution.get("stopDate");
            return Optional.of(new Execution(
                    messageId,
                    execution.get("status").asString(),
                    epochSeconds(execution.get("startDate")),
                    stop == null || stop.isNull() ? null : epochSeconds(stop),
                    Instant.parse(input.get("createdAt").asString()),
                    input.get("priority").asString(),
                    input.get("timeoutSeconds").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("DescribeExecution at " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Instant epochSeconds(JsonNode seconds) {
        return Instant.ofEpochMilli(Math.round(seconds.asDouble() * 1000));
    }
}
