package com.mangaassist.feedback.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, degradation: feedback-service whose Redis is gone (a port nothing listens on). Rate limits fail closed:
 * a valid rating is refused with 503 {@code RATE_LIMIT_UNAVAILABLE}, nothing is written to the feedback table, and
 * on-call's health names the rate limits' Redis as the degraded part while the service stays UP (reads go on).
 */
@TestPropertySource(properties = "mangaassist.test.context=feedback-without-redis")
@Import(FeedbackWithoutRedisIntegrationTest.RedisGone.class)
class FeedbackWithoutRedisIntegrationTest extends LocalStackSpringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    /** The service's Redis connection points at a port nothing listens on (the stack's Redis serves other tests). */
    @TestConfiguration
    static class RedisGone {
        @Bean
        LettuceConnectionFactory redisConnectionFactory() {
            return new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", closedPort()));
        }
    }

    @Test
    void aValidRatingIsRefusedWith503AndNothingIsStoredWhileHealthNamesRedis() throws Exception {
        String user = "u-no-redis";
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.CUSTOMER_PROFILES))
                .item(Map.of(
                        "user_id",
                        AttributeValue.fromS(user),
                        "has_purchase_history",
                        AttributeValue.fromBool(true),
                        "account_created_at",
                        AttributeValue.fromS(SortableTime.format(Instant.now().minus(Duration.ofDays(400)))))));
        Map<String, AttributeValue> message = new HashMap<>();
        message.put("message_id", AttributeValue.fromS("m-no-redis"));
        message.put("session_id", AttributeValue.fromS("s-no-redis"));
        message.put("user_id", AttributeValue.fromS(user));
        message.put("text", AttributeValue.fromS("Is One Piece in stock?"));
        message.put("answer_text", AttributeValue.fromS("One Piece is in stock."));
        message.put("created_at", AttributeValue.fromS(SortableTime.format(Instant.now())));
        message.put("prompt_version", AttributeValue.fromS("1"));
        message.put("topic", AttributeValue.fromS("availability"));
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.MESSAGES)).item(message));

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/feedback"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + LocalAws.token(user, "customer"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"messageId\":\"m-no-redis\",\"type\":\"BINARY\",\"signal\":\"UP\"}")));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.body()).contains("\"code\":\"RATE_LIMIT_UNAVAILABLE\"");
        assertThat(dynamoDb.scan(b ->
                                b.tableName(names.table(Resources.FEEDBACK)).consistentRead(true))
                        .count())
                .as("nothing stored")
                .isZero();

        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer " + LocalAws.token("oc-1", "oncall")));
        assertThat(health.statusCode())
                .as("degraded, not out of service: reads go on")
                .isEqualTo(200);
        JsonNode components = JSON.readTree(health.body()).get("components");
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        JsonNode rateLimits = components.get("rateLimits");
        assertThat(rateLimits.get("status").asString()).isEqualTo("UP");
        assertThat(rateLimits.get("details").get("degraded").asBoolean()).isTrue();
        assertThat(rateLimits.get("details").get("redis").asString()).contains("new feedback is refused");
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/actuator/health")));
        assertThat(anonymous.body()).doesNotContain("rateLimits").doesNotContain("redis");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
