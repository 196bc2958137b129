package com.mangaassist.localaws;

import com.mangaassist.localaws.stepfunctions.StateMachineArns;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The endpoints of a running local stack, by key: {@code dynamodb}, {@code sqs}, {@code stepfunctions}, {@code redis},
 * {@code opensearch}, {@code gateway-websocket}, {@code gateway-management}, {@code ses}, {@code issuer},
 * {@code control}, and the default resource {@code prefix}. Travels between processes as one line of
 * {@code key=value} pairs.
 */
public record LocalAwsEndpoints(Map<String, String> values) {

    public static final String READY_MARKER = "LOCAL_AWS_READY";

    public LocalAwsEndpoints {
        values = Map.copyOf(values);
    }

    public URI uri(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException(
                    "the local stack has no '" + key + "' endpoint (started components: " + values.keySet() + ")");
        }
        return URI.create(value);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public URI dynamoDb() {
        return uri("dynamodb");
    }

    public URI sqs() {
        return uri("sqs");
    }

    public URI stepFunctions() {
        return uri("stepfunctions");
    }

    /**
     * The ARN of the review state machine provisioned for {@code prefix}:
     * {@code arn:aws:states:us-east-1:000000000000:stateMachine:<prefix>-review-workflow}.
     */
    public String reviewWorkflowArn(String prefix) {
        return StateMachineArns.reviewWorkflow(prefix);
    }

    public URI redis() {
        return uri("redis");
    }

    public URI openSearch() {
        return uri("opensearch");
    }

    public URI gatewayWebSocket() {
        return uri("gateway-websocket");
    }

    public URI gatewayManagement() {
        return uri("gateway-management");
    }

    public URI ses() {
        return uri("ses");
    }

    public URI issuer() {
        return uri("issuer");
    }

    public URI control() {
        return uri("control");
    }

    public String prefix() {
        return values.get("prefix");
    }

    /** The ready line the launcher prints: {@code LOCAL_AWS_READY key=value key=value ...}. */
    public String toReadyLine() {
        return READY_MARKER + " "
                + values.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
    }

    public static LocalAwsEndpoints fromReadyLine(String line) {
        if (!line.startsWith(READY_MARKER + " ")) {
            throw new IllegalArgumentException("not a ready line: " + line);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(READY_MARKER.length() + 1).trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new LocalAwsEndpoints(values);
    }
}
