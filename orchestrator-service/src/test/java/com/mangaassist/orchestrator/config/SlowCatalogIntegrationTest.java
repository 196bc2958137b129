package com.mangaassist.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, degradation: OpenSearch that answers nothing for 30 s. The turn does not hang and does not end in an
 * error frame: retrieval gives up at the response timeout (here 500 ms), the turn is recorded and answered as a
 * handoff whose reason names the catalog, and {@code mangaassist.catalog.retrieval.failures{kind=timeout}} counts it.
 * The stub holds every request for 30 s, longer than the client below waits: without the timeout this test fails.
 */
@Import(SlowCatalogIntegrationTest.SlowCatalog.class)
@TestPropertySource(
        properties = {
            "mangaassist.test.context=slow-catalog",
            "mangaassist.opensearch.response-timeout=500ms",
            "mangaassist.opensearch.connect-timeout=500ms"
        })
class SlowCatalogIntegrationTest extends LocalStackSpringTest {

    private static final AtomicInteger held = new AtomicInteger();
    private static final HttpServer slowOpenSearch = slowOpenSearch();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    /**
     * Points the catalog at the stub. A property would lose to the base class's own (the stack's OpenSearch), so
     * the bound settings are swapped once bound: everything else about them, the timeouts included, is as
     * configured, and the transport is built by the real {@code CatalogConfiguration}.
     */
    @TestConfiguration
    static class SlowCatalog {
        @Bean
        static BeanPostProcessor slowCatalogEndpoint() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof CatalogConfiguration.OpenSearchProperties p) {
                        return new CatalogConfiguration.OpenSearchProperties(
                                URI.create("http://127.0.0.1:"
                                        + slowOpenSearch.getAddress().getPort()),
                                p.catalogIndex(),
                                p.connectTimeout(),
                                p.responseTimeout(),
                                p.signing(),
                                p.signingService());
                    }
                    return bean;
                }
            };
        }
    }

    @AfterAll
    static void stop() {
        slowOpenSearch.stop(0);
    }

    @Test
    void aCatalogSlowerThanItsTimeoutHandsTheTurnToAPersonInsteadOfHangingOrFailing() throws Exception {
        double before = timeouts();
        assertThat(call("connect", "conn-slow-1", "u-slow", "").statusCode()).isEqualTo(200);

        HttpResponse<String> turn = call(
                "message",
                "conn-slow-1",
                "u-slow",
                "{\"action\":\"sendMessage\",\"clientMessageId\":\"c-slow\",\"text\":\"Is One Piece in stock?\"}");

        assertThat(turn.statusCode()).as(turn.body()).isEqualTo(200);
        assertThat(held.get()).as("the stub was asked and held the search").isPositive();
        List<Map<String, AttributeValue>> records = dynamoDb.scan(b -> b.tableName(names.table(Resources.MESSAGES))
                        .filterExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS("u-slow")))
                        .consistentRead(true))
                .items();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("decision").s()).isEqualTo("HANDOFF");
            assertThat(record.get("decision_reason").s()).startsWith("catalog unavailable");
            assertThat(record.get("model_outcome").s()).isEqualTo("UNAVAILABLE");
        });
        assertThat(timeouts()).isEqualTo(before + 1);
    }

    private double timeouts() throws IOException, InterruptedException {
        HttpResponse<String> metric = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/actuator/metrics/mangaassist.catalog.retrieval.failures?tag=kind:timeout"))
                        .header("Authorization", "Bearer " + LocalAws.token("oc-1", "oncall"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        return JSON.readTree(metric.body())
                .get("measurements")
                .get(0)
                .get("value")
                .asDouble();
    }

    private HttpResponse<String> call(String route, String connectionId, String user, String body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/ws/" + route))
                        .header("Authorization", "Bearer " + LocalAws.token(user, "customer"))
                        .header("X-Connection-Id", connectionId)
                        .header("Content-Type", "application/json")
                        // well under the stub's 30 s: a turn that waited for the catalog fails here
                        .timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer slowOpenSearch() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                held.incrementAndGet();
                try {
                    Thread.sleep(30_000);
                    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
