package com.mangaassist.feedback.monitoring.adapter.out.dynamodb;

import com.mangaassist.feedback.monitoring.domain.CanaryMessage;
import com.mangaassist.feedback.monitoring.domain.CanaryMessages;
import com.mangaassist.model.resources.SortableTime;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes canary turns into {@code messages} in the orchestrator's item format ({@code message_id}, {@code
 * session_id}, {@code user_id}, {@code topic}, {@code text}, {@code answer_text}, {@code created_at}) plus
 * {@code canary} = true and {@code expires_at} (TTL, epoch seconds). Conditional on the id being new.
 */
public final class DynamoDbCanaryMessages implements CanaryMessages {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCanaryMessages(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void write(CanaryMessage message) {
        Map<String, AttributeValue> item = Map.of(
                "message_id", AttributeValue.fromS(message.messageId()),
                "session_id", AttributeValue.fromS(message.sessionId()),
                "user_id", AttributeValue.fromS(message.userId()),
                "topic", AttributeValue.fromS(message.topic().code()),
                "text", AttributeValue.fromS(message.question()),
                "answer_text", AttributeValue.fromS(message.answer()),
                "created_at", AttributeValue.fromS(SortableTime.format(message.createdAt())),
                "canary", AttributeValue.fromBool(true),
                "expires_at",
                        AttributeValue.fromN(Long.toString(message.expiresAt().getEpochSecond())));
        dynamoDb.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(message_id)"));
    }
}
