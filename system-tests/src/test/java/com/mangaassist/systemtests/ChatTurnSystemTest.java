package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/** One real chat turn through the gateway, from outside the running suite. */
class ChatTurnSystemTest {

    private static LocalAwsEndpoints stack;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startSuite() {
        stack = SuiteFixture.suite().stack();
        dynamoDb = LocalClients.dynamoDb(stack.dynamoDb());
    }

    @AfterAll
    static void closeClient() {
        dynamoDb.close();
    }

    @Test
    void customerMessageIsAnsweredThroughTheGatewayAndRecorded() {
        try (ChatClient chat = ChatClient.connect(stack.gatewayWebSocket(), customerToken("u-sys-1"))) {
            chat.send("{\"action\":\"sendMessage\",\"clientMessageId\":\"c-1\","
                    + "\"text\":\"ワンピースの最新巻は在庫ありますか？\",\"lang\":\"ja\"}");

            JsonNode answer = chat.awaitMessage(0);
            assertThat(answer.get("type").asString()).isEqualTo("answer");
            assertThat(answer.get("clientMessageId").asString()).isEqualTo("c-1");
            assertThat(answer.get("messageId").asString()).isNotBlank();
            assertThat(answer.get("text").asString()).isNotBlank();
            assertThat(answer.get("topic").asString()).isEqualTo("availability");
            assertThat(answer.get("confidence").isNumber()).isTrue();

            Map<String, AttributeValue> message = item(
                    Resources.MESSAGES.physicalName(stack.prefix()),
                    "message_id",
                    answer.get("messageId").asString());
            assertThat(message.get("status").s()).isEqualTo("AUTO_RESPOND");
            assertThat(message.get("delivered").bool()).isTrue();
            assertThat(message.get("user_id").s()).isEqualTo("u-sys-1");
            assertThat(message.get("text").s()).isEqualTo("ワンピースの最新巻は在庫ありますか？");
            assertThat(message.get("lang").s()).isEqualTo("ja");
            assertThat(message.get("answer_text").s())
                    .isEqualTo(answer.get("text").asString());

            Map<String, AttributeValue> session = item(
                    Resources.SESSIONS.physicalName(stack.prefix()),
                    "session_id",
                    message.get("session_id").s());
            assertThat(session.get("user_id").s()).isEqualTo("u-sys-1");
            assertThat(session.get("status").s()).isEqualTo("ACTIVE");
            assertThat(session.get("turn_count").n()).isEqualTo("1");
        }
    }

    @Test
    void badFramesGetAnErrorAndTheConnectionStaysUsable() {
        try (ChatClient chat = ChatClient.connect(stack.gatewayWebSocket(), customerToken("u-sys-2"))) {
            chat.send("this is not json");
            assertError(chat.awaitMessage(0), "INVALID_JSON", null);

            chat.send("{\"action\":\"orderEverything\",\"clientMessageId\":\"c-2\",\"text\":\"hi\"}");
            assertError(chat.awaitMessage(1), "UNKNOWN_ACTION", "c-2");

            chat.send("{\"action\":\"sendMessage\",\"clientMessageId\":\"c-3\",\"text\":\"   \"}");
            assertError(chat.awaitMessage(2), "EMPTY_TEXT", "c-3");

            chat.send("{\"action\":\"sendMessage\",\"clientMessageId\":\"c-4\",\"text\":\"" + "a".repeat(2001) + "\"}");
            assertError(chat.awaitMessage(3), "TEXT_TOO_LONG", "c-4");

            chat.send("{\"action\":\"sendMessage\",\"text\":\"" + "b".repeat(140_000) + "\"}");
            assertError(chat.awaitMessage(4), "MESSAGE_TOO_LARGE", null);

            chat.send("{\"action\":\"sendMessage\",\"clientMessageId\":\"c-5\",\"text\":\"Is Berserk in stock?\"}");
            JsonNode answer = chat.awaitMessage(5);
            assertThat(answer.get("type").asString()).isEqualTo("answer");
            assertThat(answer.get("clientMessageId").asString()).isEqualTo("c-5");
            assertThat(chat.isOpen()).isTrue();
        }
    }

    @Test
    void sessionIsClosedWhenTheCustomerDisconnects() {
        String messageId;
        try (ChatClient chat = ChatClient.connect(stack.gatewayWebSocket(), customerToken("u-sys-3"))) {
            chat.send("{\"action\":\"sendMessage\",\"text\":\"hello\"}");
            messageId = chat.awaitMessage(0).get("messageId").asString();
        }
        String sessionId = item(Resources.MESSAGES.physicalName(stack.prefix()), "message_id", messageId)
                .get("session_id")
                .s();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                item(Resources.SESSIONS.physicalName(stack.prefix()), "session_id", sessionId)
                                        .get("status")
                                        .s())
                        .isEqualTo("CLOSED"));
    }

    @Test
    void connectWithoutTokenIsRefusedWith401() {
        assertThatThrownBy(() -> ChatClient.connect(stack.gatewayWebSocket(), ""))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void connectWithAStaffTokenIsRefusedWith403() {
        String reviewer = LocalAws.token(stack.issuer(), "r-1", "reviewer");

        assertThatThrownBy(() -> ChatClient.connect(stack.gatewayWebSocket(), reviewer))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    }

    private static void assertError(JsonNode message, String code, String clientMessageId) {
        assertThat(message.get("type").asString()).isEqualTo("error");
        assertThat(message.get("code").asString()).isEqualTo(code);
        assertThat(message.get("message").asString()).isNotBlank();
        if (clientMessageId == null) {
            assertThat(message.get("clientMessageId") == null
                            || message.get("clientMessageId").isNull())
                    .isTrue();
        } else {
            assertThat(message.get("clientMessageId").asString()).isEqualTo(clientMessageId);
        }
    }

    private static String customerToken(String subject) {
        return LocalAws.token(stack.issuer(), subject, "customer");
    }

    private static Map<String, AttributeValue> item(String table, String key, String value) {
        return dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(key, AttributeValue.fromS(value)))
                        .consistentRead(true))
                .item();
    }
}
