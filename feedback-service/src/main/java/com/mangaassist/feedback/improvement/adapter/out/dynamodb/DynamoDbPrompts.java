package com.mangaassist.feedback.improvement.adapter.out.dynamodb;

import com.mangaassist.feedback.improvement.domain.ActivePrompt;
import com.mangaassist.feedback.improvement.domain.Prompts;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The {@code prompts} table (partition {@code prompt_id}, sort {@code version} N): versions newest first,
 * filtered to {@code status} = ACTIVE, every page until one is found; its {@code text}. Consistent reads.
 */
public final class DynamoDbPrompts implements Prompts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbPrompts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<ActivePrompt> active(String promptId) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(b -> b.tableName(table)
                    .keyConditionExpression("prompt_id = :p")
                    .filterExpression("#status = :active")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(
                            Map.of(":p", AttributeValue.fromS(promptId), ":active", AttributeValue.fromS("ACTIVE")))
                    .scanIndexForward(false)
                    .consistentRead(true)
                    .exclusiveStartKey(from));
            if (!page.items().isEmpty()) {
                Map<String, AttributeValue> item = page.items().get(0);
                AttributeValue text = item.get("text");
                return Optional.of(new ActivePrompt(
                        promptId, Long.parseLong(item.get("version").n()), text == null ? "" : text.s()));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return Optional.empty();
    }
}
