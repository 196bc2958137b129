package com.mangaassist.orchestrator.confidence.adapter.out.dynamodb;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.application.ReviewOutcomes;
import com.mangaassist.orchestrator.confidence.domain.ReviewOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The {@code review-outcomes} table: partition {@code topic}, sort {@code outcome_key} =
 * {@code <decided_at ISO>#<message_id>}, so "recent outcomes of a topic" is a key query. Items may
 * carry {@code outcome} (APPROVED_UNCHANGED, EDITED, REJECTED, TIMED_OUT — written by
 * review-queue-service); a TIMED_OUT review says nothing about the draft and is not learned from.
 */
public final class DynamoDbReviewOutcomes implements ReviewOutcomes {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReviewOutcomes(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public List<ReviewOutcome> recent(TopicCategory topic, Instant since, int limit) {
        return query(
                "topic = :topic AND outcome_key >= :since",
                Map.of(":topic", AttributeValue.fromS(topic.code()), ":since", AttributeValue.fromS(since.toString())),
                false,
                limit);
    }

    @Override
    public List<ReviewOutcome> decidedBetween(TopicCategory topic, Instant from, Instant to, int limit) {
        // outcome_key is "<decided_at ISO>#<message id>": every key of an instant before {@code to} sorts below it
        return query(
                "topic = :topic AND outcome_key BETWEEN :from AND :to",
                Map.of(
                        ":topic", AttributeValue.fromS(topic.code()),
                        ":from", AttributeValue.fromS(from.toString()),
                        ":to", AttributeValue.fromS(to.toString())),
                true,
                limit);
    }

    private List<ReviewOutcome> query(
            String condition, Map<String, AttributeValue> values, boolean oldestFirst, int limit) {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> exclusiveStart = startKey;
            QueryResponse page = dynamoDb.query(b -> b.tableName(table)
                    .keyConditionExpression(condition)
                    .expressionAttributeValues(values)
                    .scanIndexForward(oldestFirst)
                    .limit(Math.min(limit - outcomes.size(), 500))
                    .exclusiveStartKey(exclusiveStart));
            for (Map<String, AttributeValue> item : page.items()) {
                if (!labelled(item)) {
                    continue;
                }
                outcomes.add(new ReviewOutcome(
                        Double.parseDouble(item.get("raw_score").n()),
                        item.get("approved_unchanged").bool()));
            }
            startKey =
                    page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null && outcomes.size() < limit);
        return outcomes;
    }

    private static boolean labelled(Map<String, AttributeValue> item) {
        AttributeValue outcome = item.get("outcome");
        return item.containsKey("approved_unchanged")
                && item.containsKey("raw_score")
                && (outcome == null || !"TIMED_OUT".equals(outcome.s()));
    }

    @Override
    public void record(
            TopicCategory topic, String messageId, double rawScore, boolean approvedUnchanged, Instant decidedAt) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "topic", AttributeValue.fromS(topic.code()),
                        "outcome_key", AttributeValue.fromS(decidedAt + "#" + messageId),
                        "message_id", AttributeValue.fromS(messageId),
                        "raw_score", AttributeValue.fromN(Double.toString(rawScore)),
                        "approved_unchanged", AttributeValue.fromBool(approvedUnchanged),
                        "decided_at", AttributeValue.fromS(decidedAt.toString())))
                .conditionExpression("attribute_not_exists(outcome_key)"));
    }
}
