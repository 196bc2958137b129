package com.mangaassist.delivery.testing;

import static com.mangaassist.model.delivery.PromiseAttributes.*;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.aws.AwsClientConfigurer;
import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.delivery.promise.application.WatchdogScan;
import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.Promise;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery-watchdog on the local stack with a mutable clock and a fault-injecting management client;
 * the watchdog runs only when a test calls it. Subclasses share one application context.
 */
@Import(DeliveryStackTest.Wiring.class)
@TestPropertySource(
        properties = {
            "mangaassist.delivery.watchdog.enabled=false",
            "mangaassist.delivery.watchdog.lock-at-least-for=0s",
            "mangaassist.delivery.queue.wait-time=1s",
            "mangaassist.delivery.retry.initial-backoff=20ms",
            "mangaassist.delivery.retry.max-backoff=100ms"
        })
public abstract class DeliveryStackTest extends LocalStackSpringTest {

    protected static final Duration PROMISE_WINDOW = Duration.ofMinutes(5);

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }

        @Bean
        @Primary
        FaultInjectingManagementClient faultInjectingManagementClient(AwsClientConfigurer configurer) {
            return new FaultInjectingManagementClient(configurer
                    .configure(ApiGatewayManagementApiClient.builder(), "apigateway-management")
                    .build());
        }
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected FaultInjectingManagementClient faults;

    @Autowired
    protected DynamoDbClient dynamoDb;

    @Autowired
    protected SqsClient sqs;

    @Autowired
    protected ResourceNaming names;

    @Autowired
    protected DeliveryPromises promises;

    @Autowired
    protected CustomerConnections connections;

    @Autowired
    protected WatchdogScan watchdog;

    @Autowired
    protected MeterRegistry meters;

    @Autowired
    protected JsonMapper json;

    @AfterEach
    void liftFaults() {
        faults.reset();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Writes a PENDING promise as the orchestrator does, created now (by the test clock). */
    protected void promise(String messageId, String userId, String connectionId, String draft) {
        Instant created = clock.instant();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(MESSAGE_ID, AttributeValue.fromS(messageId));
        item.put(SESSION_ID, AttributeValue.fromS("s-" + userId));
        item.put(USER_ID, AttributeValue.fromS(userId));
        item.put(CONNECTION_ID, AttributeValue.fromS(connectionId));
        item.put(CREATED_AT, AttributeValue.fromS(SortableTime.format(created)));
        item.put(DUE_AT, AttributeValue.fromS(SortableTime.format(created.plus(PROMISE_WINDOW))));
        item.put(STATUS, AttributeValue.fromS(PromiseStatus.PENDING.name()));
        item.put(ATTEMPTS, AttributeValue.fromN("0"));
        item.put(PROMISE_KIND, AttributeValue.fromS("review"));
        item.put(LANG, AttributeValue.fromS("en"));
        item.put(DRAFT, AttributeValue.fromS(draft));
        dynamoDb.putItem(
                b -> b.tableName(names.table(Resources.DELIVERY_PROMISES)).item(item));
    }

    protected void profile(String userId, String email) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.CUSTOMER_PROFILES))
                .item(Map.of("user_id", AttributeValue.fromS(userId), "email", AttributeValue.fromS(email))));
    }

    protected String queueUrl() {
        return sqs.getQueueUrl(b -> b.queueName(names.queue(Resources.DELIVERIES)))
                .queueUrl();
    }

    protected void enqueue(DeliveryRequest request) {
        send(json.writeValueAsString(request));
    }

    protected void send(String body) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl()).messageBody(body));
    }

    protected Promise stored(String messageId) {
        return promises.find(messageId).orElseThrow();
    }

    protected String channel(String messageId) {
        return dynamoDb.getItem(b -> b.tableName(names.table(Resources.DELIVERY_PROMISES))
                        .key(Map.of(MESSAGE_ID, AttributeValue.fromS(messageId)))
                        .consistentRead(true))
                .item()
                .get(CHANNEL)
                .s();
    }

    protected double counter(String name, String... tags) {
        var search = meters.find(name).tags(tags);
        return search.counter() == null ? 0 : search.counter().count();
    }

    protected void closeAndAwaitGone(TestGateway.Socket socket) {
        socket.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> !connections.isConnected(socket.connectionId()));
    }
}
