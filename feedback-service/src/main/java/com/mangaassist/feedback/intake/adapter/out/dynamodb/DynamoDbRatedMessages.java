package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.TopicCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The orchestrator's {@code messages} items read by key with {@code ConsistentRead} (GetItem, or
 * BatchGetItem in chunks of 100 with unprocessed keys retried). Never a query on an index.
 */
public final class DynamoDbRatedMessages implements RatedMessages {

    private static final String PROJECTION =
            "message_id, session_id, user_id, topic, prompt_version, #text, answer_text, created_at";
    private static final Map<String, String> NAMES = Map.of("#text", "text");
    private static final int BATCH = 100;
    private static final int MAX_ROUNDS = 10;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbRatedMessages(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<RatedMessage> find(String messageId) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("message_id", AttributeValue.fromS(messageId)))
                .consistentRead(true)
                .projectionExpression(PROJECTION)
                .expressionAttributeNames(NAMES));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(map(response.item()));
    }

    @Override
    public Map<String, RatedMessage> findAll(Collection<String> messageIds) {
        Map<String, RatedMessage> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(messageIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                    .map(id -> Map.of("message_id", AttributeValue.fromS(id)))
                    .toList();
            Map<String, KeysAndAttributes> request = Map.of(
                    table,
                    KeysAndAttributes.builder()
                            .keys(keys)
                            .consistentRead(true)
                            .projectionExpression(PROJECTION)
                            .expressionAttributeNames(NAMES)
                            .build());
            for (int round = 0; round < MAX_ROUNDS && !request.isEmpty(); round++) {
                Map<String, KeysAndAttributes> current = request;
                BatchGetItemResponse response = dynamoDb.batchGetItem(b -> b.requestItems(current));
                response.responses().getOrDefault(table, List.of()).forEach(item -> {
                    RatedMessage message = map(item);
                    found.put(message.messageId(), message);
                });
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
            if (!request.isEmpty()) {
                throw new IllegalStateException(
                        "messages batch read left keys unprocessed after " + MAX_ROUNDS + " rounds");
            }
        }
        return found;
    }

    private static RatedMessage map(Map<String, AttributeValue> item) {
        String topic = text(item, "topic");
        return new RatedMessage(
                text(item, "message_id"),
                text(item, "session_id"),
                text(item, "user_id"),
                TopicCategory.fromCode(topic),
                topic,
                text(item, "prompt_version"),
                text(item, "text"),
                text(item, "answer_text"),
                SortableTime.parse(text(item, "created_at")));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }
}
