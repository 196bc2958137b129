package com.mangaassist.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mangaassist.delivery.testing.DeliveryStackTest;
import com.mangaassist.delivery.testing.TestGateway;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Object-level access to the inbox (issue 14, OWASP API1): answers that missed a customer's connection wait in
 * their inbox and are drained only to that customer's next connection. Another customer's connect drains their
 * own inbox and never the victim's: the victim's item stays, and the attacker's socket never sees it. (The
 * orchestrator makes sure a connection id cannot be taken over, so the drain's user and connection match.)
 */
// its own application context (and resource prefix): the objects it creates stay out of other tests' counts
@TestPropertySource(properties = "mangaassist.test.context=object-level-access")
class DeliveryObjectLevelAccessIntegrationTest extends DeliveryStackTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anotherCustomersConnectDrainsOnlyTheirOwnInbox() {
        String victim = newId("u-victim");
        String mallory = newId("u-mallory");
        String victimsAnswer = inboxItemFor(victim, "Your refund of 3,000 yen was approved.");
        String mallorysAnswer = inboxItemFor(mallory, "Volume 108 is in stock.");
        assertThat(inboxSize(victim)).isEqualTo(1);

        TestGateway.Socket mallorysSocket = TestGateway.get().connect();
        enqueue(DeliveryRequest.inboxDrain(mallory, mallorysSocket.connectionId()));

        // her own item arriving shows the drain ran
        await().atMost(WAIT)
                .until(() -> !mallorysSocket.receivedContaining(mallorysAnswer).isEmpty());
        await().atMost(WAIT).until(() -> inboxSize(mallory) == 0);
        assertThat(mallorysSocket.receivedContaining(victimsAnswer)).isEmpty();
        assertThat(mallorysSocket.receivedContaining("refund")).isEmpty();
        assertThat(inboxSize(victim)).as("the victim's inbox is untouched").isEqualTo(1);
        assertThat(stored(victimsAnswer).status()).isEqualTo(PromiseStatus.FALLBACK);
    }

    /** A promise whose connection is gone, delivered: it lands in the user's inbox. Returns its message id. */
    private String inboxItemFor(String userId, String text) {
        profile(userId, userId + "@customers.example");
        TestGateway.Socket gone = TestGateway.get().connect();
        closeAndAwaitGone(gone);
        String messageId = newId("m-" + userId);
        promise(messageId, userId, gone.connectionId(), "draft");
        enqueue(DeliveryRequest.reviewed(messageId, text));
        await().atMost(WAIT).until(() -> stored(messageId).status() == PromiseStatus.FALLBACK);
        return messageId;
    }

    private int inboxSize(String userId) {
        return dynamoDb.query(b -> b.tableName(names.table(Resources.INBOX))
                        .keyConditionExpression("user_id = :u")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))
                        .consistentRead(true))
                .count();
    }
}
