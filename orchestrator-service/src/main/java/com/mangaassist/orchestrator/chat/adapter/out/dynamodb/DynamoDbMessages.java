package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;

import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.bool;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.n;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.s;
import static com.mangaassist.orchestrator.chat.adapter.out.dynamodb.Attributes.time;

import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.answering.domain.TurnRecords;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Messages;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item per turn in the {@code messages} table: written once when received, then completed with how
 * the turn was answered and routed, then with whether the reply reached the connection. The routing
 * outcome includes what the threshold service's evaluation needs: {@code prompt_version},
 * {@code prompt_variant}, {@code threshold_version}, {@code threshold_variant} and, when an override
 * applied, {@code threshold_override}.
 */
public final class DynamoDbMessages implements Messages, TurnRecords {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbMessages(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void recordReceived(CustomerTurn turn) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("message_id", s(turn.messageId()));
        item.put("session_id", s(turn.sessionId()));
        item.put("user_id", s(turn.userId()));
        item.put("connection_id", s(turn.connectionId()));
        item.put("text", s(turn.text()));
        item.put("lang", s(turn.language().code()));
        item.put("created_at", time(turn.receivedAt()));
        item.put("status", s("RECEIVED"));
        if (turn.clientMessageId() != null) {
            item.put("client_message_id", s(turn.clientMessageId()));
        }
        dynamoDb.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(message_id)"));
    }

    @Override
    public void recordDelivery(String messageId, boolean delivered, Instant at) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("message_id", s(messageId)))
                .conditionExpression("attribute_exists(message_id)")
                .updateExpression("SET delivered = :delivered, delivery_checked_at = :at")
                .expressionAttributeValues(Map.of(":delivered", bool(delivered), ":at", time(at))));
    }

    @Override
    public void recordOutcome(String messageId, TurnRecord record, Instant decidedAt) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":status", s(record.decision().name()));
        values.put(":decision", s(record.decision().name()));
        values.put(":topic", s(record.topic().code()));
        values.put(":topicProbability", n(record.topicProbability()));
        values.put(":modelTopic", s(record.modelTopic().map(t -> t.code()).orElse("")));
        values.put(":raw", n(record.rawConfidence()));
        values.put(":confidence", n(record.confidence()));
        Map<String, AttributeValue> features = new HashMap<>();
        record.features().forEach((name, value) -> features.put(name, n(value)));
        values.put(":features", AttributeValue.fromM(features));
        values.put(":priority", s(record.priority().map(Enum::name).orElse("NONE")));
        values.put(":reason", s(record.reason()));
        values.put(":draft", s(record.draftAnswer()));
        values.put(
                ":cited",
                AttributeValue.fromL(
                        record.citedProductIds().stream().map(Attributes::s).toList()));
        values.put(":outcome", s(record.outcomeKind()));
        values.put(":model", s(record.usage().modelId()));
        values.put(":inputTokens", n((long) record.usage().inputTokens()));
        values.put(":outputTokens", n((long) record.usage().outputTokens()));
        values.put(":cost", n(record.usage().costUsd()));
        values.put(":modelMillis", n(record.usage().latencyMillis()));
        values.put(":pipelineMillis", n(record.pipelineMillis()));
        values.put(":prompt", s(record.promptVersion()));
        values.put(":promptVariant", s(record.promptVariant().name()));
        values.put(":thresholds", n(record.thresholdVersion()));
        values.put(":thresholdVariant", s(record.thresholdVariant().name()));
        values.put(":at", time(decidedAt));
        StringBuilder set = new StringBuilder("SET #status = :status, decision = :decision, topic = :topic,"
                + " topic_probability = :topicProbability, model_topic = :modelTopic,"
                + " raw_confidence = :raw, confidence = :confidence, features = :features,"
                + " priority = :priority, decision_reason = :reason, answer_text = :draft,"
                + " cited_product_ids = :cited, model_outcome = :outcome, model = :model,"
                + " input_tokens = :inputTokens, output_tokens = :outputTokens, cost_usd = :cost,"
                + " model_latency_ms = :modelMillis, pipeline_latency_ms = :pipelineMillis,"
                + " prompt_version = :prompt, prompt_variant = :promptVariant,"
                + " threshold_version = :thresholds, threshold_variant = :thresholdVariant, decided_at = :at");
        record.thresholdOverride().ifPresent(override -> {
            values.put(":thresholdOverride", s(override));
            set.append(", threshold_override = :thresholdOverride");
        });
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("message_id", s(messageId)))
                .conditionExpression("attribute_exists(message_id)")
                .updateExpression(set.toString())
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(values));
    }
}
