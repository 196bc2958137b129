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
}
