package com.mangaassist.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 14 (degradation): a DynamoDB client built through {@link AwsClientConfigurer} retries throttling with the
 * SDK's backoff, so a throttled table costs latency, not a failed call. The fault is injected by a socket stub that
 * answers {@code ProvisionedThroughputExceededException} for the first calls.
 */
class AwsClientThrottlingTest {

    private static final String THROTTLED =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                    + "\"message\":\"throttled by the stub\"}";

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int throttledCalls;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int call = calls.incrementAndGet();
            boolean throttle = call <= throttledCalls;
            byte[] body = (throttle ? THROTTLED : "{\"TableNames\":[\"t\"]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(throttle ? 400 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void throttledCallsAreRetriedAndTheCallSucceeds() {
        throttledCalls = 2;
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        AwsProperties properties = new AwsProperties(
                "ap-northeast-1", Map.of("dynamodb", endpoint), new AwsProperties.StaticCredentials("local", "local"));
        try (var http = ApacheHttpClient.create();
                DynamoDbClient dynamo = new AwsClientConfigurer(properties, http)
                        .configure(DynamoDbClient.builder(), "dynamodb")
                        .build()) {

            assertThat(dynamo.listTables().tableNames()).containsExactly("t");
            assertThat(calls).hasValue(3);
        }
    }

    @Test
    void aTableThatStaysThrottledFailsAfterTheConfiguredAttemptsNotTheSdkDefaultNine() {
        throttledCalls = Integer.MAX_VALUE;
        AwsProperties properties = new AwsProperties(
                "ap-northeast-1",
                Map.of(
                        "dynamodb",
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                new AwsProperties.StaticCredentials("local", "local"),
                new AwsProperties.Retry(4, java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(20)));
        try (var http = ApacheHttpClient.create();
                DynamoDbClient dynamo = new AwsClientConfigurer(properties, http)
                        .configure(DynamoDbClient.builder(), "dynamodb")
                        .build()) {

            org.assertj.core.api.Assertions.assertThatThrownBy(dynamo::listTables)
                    .isInstanceOf(
                            software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException
                                    .class);
            assertThat(calls).hasValue(4);
        }
    }

    @Test
    void aClientThatSwitchesRetriesOffAfterConfiguringCallsOnce() {
        throttledCalls = Integer.MAX_VALUE;
        AwsProperties properties = new AwsProperties(
                "ap-northeast-1",
                Map.of(
                        "dynamodb",
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                new AwsProperties.StaticCredentials("local", "local"));
        try (var http = ApacheHttpClient.create();
                DynamoDbClient dynamo = new AwsClientConfigurer(properties, http)
                        .configure(DynamoDbClient.builder(), "dynamodb")
                        .overrideConfiguration(o ->
                                o.retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()))
                        .build()) {

            org.assertj.core.api.Assertions.assertThatThrownBy(dynamo::listTables)
                    .isInstanceOf(
                            software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException
                                    .class);
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void theRetryPolicyIsBoundedAndValidated() {
        assertThat(AwsProperties.Retry.DEFAULT.maxAttempts()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new AwsProperties.Retry(0, java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(1)))
                .hasMessageContaining("max-attempts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new AwsProperties.Retry(3, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(1)))
                .hasMessageContaining("base-delay");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new AwsProperties.Retry(3, java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(10)))
                .hasMessageContaining("max-backoff");
    }
}
