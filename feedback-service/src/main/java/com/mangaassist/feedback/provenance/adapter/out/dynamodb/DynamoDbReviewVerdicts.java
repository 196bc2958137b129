package com.mangaassist.feedback.provenance.adapter.out.dynamodb;

import com.mangaassist.feedback.provenance.application.ReviewVerdicts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reviewer decisions from review-queue's {@code review-tasks} table through its {@code by-message} index
 * (partition {@code message_id}): tasks with a {@code decision} (APPROVE, EDIT, REJECT); the latest by
 * {@code decided_at} when there are several.
 */
public final class DynamoDbReviewVerdicts implements ReviewVerdicts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReviewVerdicts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Verdict> forMessage(String messageId) {
        QueryResponse response = dynamoDb.query(b -> b.tableName(table)
                .indexName("by-message")
                .keyConditionExpression("message_id = :m")
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromS(messageId))));
        List<Map<String, AttributeValue>> decided = response.items().stream()
                .filter(item ->
                        item.containsKey("decision") && item.get("decision").s() != null)
                .toList();
        return decided.stream()
                .max(Comparator.comparing(item ->
                        item.containsKey("decided_at") ? item.get("decided_at").s() : ""))
                .flatMap(item -> {
                    try {
                        return Optional.of(Verdict.valueOf(item.get("decision").s()));
                    } catch (IllegalArgumentException unknown) {
                        return Optional.empty();
                    }
                });
    }
}
