package com.mangaassist.delivery.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.common.alarms.RunbookAlarmMeters;
import com.mangaassist.delivery.promise.adapter.out.micrometer.MicrometerDeliveryMetrics;
import com.mangaassist.delivery.testing.DeliveryStackTest;
import com.mangaassist.delivery.testing.TestGateway;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsOnly;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.Resources;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class DeliveryIntegrationTest extends DeliveryStackTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Issue 13: every runbook alarm of this service watches a meter registered from start-up. */
    @Test
    void everyRunbookAlarmOfThisServiceHasItsMeterFromStartUp() {
        RunbookAlarmMeters.assertEveryAlarmHasItsMeter("delivery-watchdog", meters);
    }

    @Test
    void duplicateQueueMessageIsPostedOnceAndThePromiseDeliveredOnce() {
        TestGateway.Socket socket = TestGateway.get().connect();
        String messageId = newId("m-dup");
        promise(messageId, newId("u"), socket.connectionId(), "draft");
        double skipsBefore = counter(MicrometerDeliveryMetrics.DUPLICATE_SKIPS);

        enqueue(DeliveryRequest.reviewed(messageId, "Volume 108 is in stock."));
        enqueue(DeliveryRequest.reviewed(messageId, "Volume 108 is in stock."));

        await().atMost(WAIT)
                .until(() -> counter(MicrometerDeliveryMetrics.DUPLICATE_SKIPS) >= skipsBefore + 1
                        && !socket.receivedContaining(messageId).isEmpty());
        assertThat(socket.receivedContaining(messageId))
                .singleElement()
                .satisfies(frame -> assertThat(frame)
                        .contains("\"type\":\"reviewed_response\"")
                        .contains("Volume 108 is in stock."));
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.DELIVERED);
        assertThat(channel(messageId)).isEqualTo("websocket");
    }

    @LocalAwsOnly("reads the mail from the SES stand-in's /local/outbox; LocalStack keeps it elsewhere")
    @Test
    void goneConnectionFallsBackToInboxAndEmailAndTheInboxIsDrainedOnReconnect() throws Exception {
        String userId = newId("u-gone");
        String address = userId + "@customers.example";
        profile(userId, address);
        TestGateway.Socket first = TestGateway.get().connect();
        closeAndAwaitGone(first);
        String messageId = newId("m-gone");
        promise(messageId, userId, first.connectionId(), "draft");

        enqueue(DeliveryRequest.reviewed(messageId, "Your order ships tomorrow."));

        await().atMost(WAIT).until(() -> stored(messageId).status() == PromiseStatus.FALLBACK);
        assertThat(channel(messageId)).isEqualTo("inbox+email");
        String outbox = outbox(address);
        assertThat(outbox).contains(Disclaimers.APOLOGY).contains("Your order ships tomorrow.");
        assertThat(inboxSize(userId)).isEqualTo(1);

        TestGateway.Socket second = TestGateway.get().connect();
        enqueue(DeliveryRequest.inboxDrain(userId, second.connectionId()));

        await().atMost(WAIT).until(() -> !second.receivedContaining(messageId).isEmpty());
        assertThat(second.receivedContaining(messageId))
                .singleElement()
                .satisfies(frame -> assertThat(frame).contains("reviewed_response"));
        await().atMost(WAIT).until(() -> inboxSize(userId) == 0);
    }

    @Test
    void throttledTwiceThenDelivered() {
        TestGateway.Socket socket = TestGateway.get().connect();
        String messageId = newId("m-throttled");
        promise(messageId, newId("u"), socket.connectionId(), "draft");
        int postsBefore = faults.posts();
        faults.throttleNext(2);

        enqueue(DeliveryRequest.reviewed(messageId, "Throttled but delivered."));

        await().atMost(WAIT).until(() -> stored(messageId).status() == PromiseStatus.DELIVERED);
        assertThat(socket.receivedContaining(messageId)).hasSize(1);
        assertThat(faults.posts() - postsBefore).isEqualTo(3);
    }

    @Test
    void accessDeniedIsCountedLeavesThePromisePendingAndTheWatchdogKeepsItAfterItsDueTime() {
        TestGateway.Socket socket = TestGateway.get().connect();
        String messageId = newId("m-denied");
        promise(messageId, newId("u"), socket.connectionId(), "The AI draft.");
        double deniedBefore = counter(MicrometerDeliveryMetrics.ERRORS, "kind", "access_denied");
        faults.denyAll(true);

        enqueue(DeliveryRequest.reviewed(messageId, "Reviewed answer."));

        await().atMost(WAIT)
                .until(() -> counter(MicrometerDeliveryMetrics.ERRORS, "kind", "access_denied") >= deniedBefore + 1);
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.PENDING);
        assertThat(messagesOnQueue())
                .as("the queue message is not acknowledged")
                .isGreaterThanOrEqualTo(1);

        clock.advance(PROMISE_WINDOW.plusMinutes(1));
        watchdog.run();
        assertThat(stored(messageId).status())
                .as("still denied: still pending, never silently lost")
                .isEqualTo(PromiseStatus.PENDING);
        assertThat(counter(MicrometerDeliveryMetrics.ERRORS, "kind", "access_denied"))
                .isGreaterThanOrEqualTo(deniedBefore + 2);
        assertThat(meters.get(MicrometerDeliveryMetrics.UNDELIVERED).gauge().value())
                .isGreaterThanOrEqualTo(1.0);

        faults.denyAll(false);
        clock.advance(Duration.ofSeconds(1));
        watchdog.run();

        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.FALLBACK);
        await().atMost(WAIT).until(() -> !socket.receivedContaining(messageId).isEmpty());
        assertThat(socket.receivedContaining(messageId))
                .singleElement()
                .satisfies(frame -> assertThat(frame)
                        .contains("\"type\":\"delayed_response\"")
                        .contains("The AI draft.")
                        .contains(Disclaimers.APOLOGY));
    }

    @Test
    void heartbeatsAreSentEveryMinuteWhilePendingAndOnlyOncePerMinute() {
        TestGateway.Socket socket = TestGateway.get().connect();
        String messageId = newId("m-heartbeat");
        promise(messageId, newId("u"), socket.connectionId(), "draft");

        clock.advance(Duration.ofSeconds(61));
        watchdog.run();
        clock.advance(Duration.ofSeconds(10));
        watchdog.run();
        await().atMost(WAIT).until(() -> socket.receivedContaining("heartbeat").size() == 1);
        assertThat(socket.received().get(0)).contains("(1 minute elapsed)").contains("（1分経過）");

        clock.advance(Duration.ofSeconds(60));
        watchdog.run();
        await().atMost(WAIT).until(() -> socket.receivedContaining("heartbeat").size() == 2);
        assertThat(socket.received().get(1)).contains("(2 minutes elapsed)");
        assertThat(stored(messageId).lastHeartbeatAt())
                .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(stored(messageId).status()).isEqualTo(PromiseStatus.PENDING);
    }

    @Test
    void unreadableRequestsAndRequestsWithoutPromiseAreLoudAndStayOnTheQueue() {
        double invalidBefore = counter(MicrometerDeliveryMetrics.ERRORS, "kind", "invalid_request");
        double missingBefore = counter(MicrometerDeliveryMetrics.ERRORS, "kind", "no_promise");

        send("{\"kind\":\"reviewed\",\"messageId\":\"m-x\"}");
        enqueue(DeliveryRequest.reviewed(newId("m-none"), "text"));

        await().atMost(WAIT)
                .until(() -> counter(MicrometerDeliveryMetrics.ERRORS, "kind", "invalid_request") > invalidBefore
                        && counter(MicrometerDeliveryMetrics.ERRORS, "kind", "no_promise") > missingBefore);
        assertThat(messagesOnQueue()).isGreaterThanOrEqualTo(2);
    }

    private int messagesOnQueue() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl())
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private int inboxSize(String userId) {
        return dynamoDb.query(b -> b.tableName(names.table(Resources.INBOX))
                        .keyConditionExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))
                        .consistentRead(true))
                .count();
    }

    private static String outbox(String address) throws Exception {
        URI uri = LocalAws.endpoints()
                .ses()
                .resolve("/local/outbox?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
