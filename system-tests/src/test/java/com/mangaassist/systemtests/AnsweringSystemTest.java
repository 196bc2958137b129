package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.model.resources.Resources;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/** Each routing decision through the gateway: the message the customer gets and the record kept. */
class AnsweringSystemTest {

    private static LocalAwsEndpoints stack;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startSuite() {
        stack = SuiteFixture.suite().stack();
        dynamoDb = LocalClients.dynamoDb(stack.dynamoDb());
        dynamoDb.putItem(b -> b.tableName(Resources.CUSTOMER_PROFILES.physicalName(stack.prefix()))
                .item(Map.of(
                        "user_id", AttributeValue.fromS("u-vip-1"),
                        "vip", AttributeValue.fromBool(true),
                        "has_purchase_history", AttributeValue.fromBool(true))));
    }

    @AfterAll
    static void closeClient() {
        dynamoDb.close();
    }

    @Test
    void catalogQuestionIsAnsweredAutomaticallyFromTheCatalog() {
        JsonNode answer = ask("u-sys-a1", "Is One Piece in stock?");

        assertThat(answer.get("type").asString()).isEqualTo("answer");
        assertThat(answer.get("topic").asString()).isEqualTo("availability");
        assertThat(answer.get("text").asString())
                .containsIgnoringCase("One Piece")
                .contains("¥");
        assertThat(answer.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8);

        Map<String, AttributeValue> record = message(answer);
        assertThat(record.get("decision").s()).isEqualTo("AUTO_RESPOND");
        assertThat(record.get("topic").s()).isEqualTo("availability");
        assertThat(record.get("cited_product_ids").l()).isNotEmpty();
        assertThat(record.get("features").m()).containsKeys("retrieval_support", "grounding", "self_assessment");
        assertThat(record.get("model").s()).isEqualTo("local-grounded-v1");
        assertThat(record.get("prompt_version").s()).matches("answering-system@v\\d+");
        assertThat(record.get("threshold_version")).isNotNull();
        assertThat(record.get("pipeline_latency_ms")).isNotNull();
    }

    @Test
    void refundFromAVipGoesToReviewAsP1WithAnAcknowledgementInEnglishAndJapanese() {
        JsonNode english = ask("u-vip-1", "I want a refund for my order, the book arrived damaged.");
        JsonNode japanese = ask("u-vip-1", "破損していたので返金してください");

        for (JsonNode ack : new JsonNode[] {english, japanese}) {
            assertThat(ack.get("type").asString()).isEqualTo("review_acknowledgment");
            assertThat(ack.get("text").asString()).contains("minute");
            assertThat(ack.get("textJa").asString()).contains("分以内");
            assertThat(ack.get("expectedWithinSeconds").asLong()).isEqualTo(60);
            Map<String, AttributeValue> record = message(ack);
            assertThat(record.get("decision").s()).isEqualTo("REVIEW");
            assertThat(record.get("priority").s()).isEqualTo("P1");
            assertThat(record.get("topic").s()).isEqualTo("refund");
            assertThat(record.get("answer_text").s()).isNotBlank();
        }
    }

    @Test
    void questionTheCatalogCannotAnswerIsHandedOff() {
        JsonNode handoff = ask("u-sys-a2", "Is Zorblax Chronicles volume 3 in stock?");

        assertThat(handoff.get("type").asString()).isEqualTo("handoff");
        assertThat(handoff.get("text").asString()).isNotBlank();
        assertThat(handoff.get("textJa").asString()).isNotBlank();
        assertThat(message(handoff).get("decision").s()).isEqualTo("HANDOFF");
    }

    private static JsonNode ask(String user, String text) {
        try (ChatClient chat =
                ChatClient.connect(stack.gatewayWebSocket(), LocalAws.token(stack.issuer(), user, "customer"))) {
            chat.send("{\"action\":\"sendMessage\",\"clientMessageId\":\"c-1\",\"text\":\"" + text + "\"}");
            return chat.awaitMessage(0);
        }
    }

    private static Map<String, AttributeValue> message(JsonNode reply) {
        return dynamoDb.getItem(b -> b.tableName(Resources.MESSAGES.physicalName(stack.prefix()))
                        .key(Map.of(
                                "message_id",
                                AttributeValue.fromS(reply.get("messageId").asString())))
                        .consistentRead(true))
                .item();
    }
}
