package com.mangaassist.systemtests.feedback;

import com.mangaassist.model.resources.ResourceNames;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes what other systems own straight into the local stack's tables: customer profiles (the account
 * service's side: purchase history, account creation time) and answered turns in {@code messages} (as the
 * orchestrator records them), in batches of 25.
 */
public final class FeedbackSeeds {

    private final DynamoDbClient dynamoDb;
    private final String prefix;

    public FeedbackSeeds(DynamoDbClient dynamoDb, String prefix) {
        this.dynamoDb = dynamoDb;
        this.prefix = prefix;
    }

    /** An answered turn to rate. */
    public record Turn(
            String messageId, String sessionId, String userId, String topic, String question, String answer) {}

    public void customer(String userId, boolean purchases, Instant createdAt) {
        dynamoDb.putItem(b -> b.tableName(table(Resources.CUSTOMER_PROFILES.name()))
                .item(Map.of(
                        "user_id", AttributeValue.fromS(userId),
                        "has_purchase_history", AttributeValue.fromBool(purchases),
                        "account_created_at", AttributeValue.fromS(SortableTime.format(createdAt)))));
    }

    public void turns(List<Turn> turns, Instant at) {
        List<WriteRequest> batch = new ArrayList<>();
        for (Turn turn : turns) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("message_id", AttributeValue.fromS(turn.messageId()));
            item.put("session_id", AttributeValue.fromS(turn.sessionId()));
            item.put("user_id", AttributeValue.fromS(turn.userId()));
            item.put("topic", AttributeValue.fromS(turn.topic()));
            item.put("text", AttributeValue.fromS(turn.question()));
            item.put("answer_text", AttributeValue.fromS(turn.answer()));
            item.put("status", AttributeValue.fromS("AUTO_RESPOND"));
            item.put("prompt_version", AttributeValue.fromS("1"));
            item.put("created_at", AttributeValue.fromS(SortableTime.format(at)));
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(item).build())
                    .build());
            if (batch.size() == 25) {
                write(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(table(Resources.MESSAGES.name()), List.copyOf(requests));
        for (int round = 0; round < 20 && !pending.isEmpty(); round++) {
            Map<String, List<WriteRequest>> current = pending;
            var response = dynamoDb.batchWriteItem(b -> b.requestItems(current));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            if (!pending.isEmpty()) {
                java.util.concurrent.locks.LockSupport.parkNanos(
                        Duration.ofMillis(50L << Math.min(round, 5)).toNanos());
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("messages were not written after 20 rounds");
        }
    }

    private String table(String logicalName) {
        return ResourceNames.physical(prefix, logicalName);
    }

    /**
     * An ACTIVE version 1 of {@code promptId}, as a change request promoted earlier would have left it (kept
     * when one exists): the improvement job proposes against a stored prompt, never the built-in v0.
     */
    public void activePrompt(String promptId, String text) {
        try {
            dynamoDb.putItem(b -> b.tableName(com.mangaassist.model.resources.Resources.PROMPTS.physicalName(prefix))
                    .item(java.util.Map.of(
                            "prompt_id", AttributeValue.fromS(promptId),
                            "version", AttributeValue.fromN("1"),
                            "status", AttributeValue.fromS("ACTIVE"),
                            "text", AttributeValue.fromS(text),
                            "created_at", AttributeValue.fromS(java.time.Instant.EPOCH.toString()),
                            "created_by", AttributeValue.fromS("system-test-seed"),
                            "change_request_id", AttributeValue.fromS("")))
                    .conditionExpression("attribute_not_exists(prompt_id)"));
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException stored) {
            // a version 1 is stored already
        }
    }
}
