package com.mangaassist.reviewqueue.task.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcome;
import com.mangaassist.reviewqueue.task.domain.ReviewOutcomes;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The {@code review-outcomes} table in the format the orchestrator's calibration reads: partition
 * {@code topic} (the topic's code), sort {@code outcome_key} = {@code <decided_at ISO>#<message_id>} (fixed-width ISO with milliseconds, so text order is time order),
 * {@code message_id}, {@code raw_score} (N), {@code approved_unchanged} (BOOL), {@code decided_at}, plus
 * {@code outcome} (APPROVED_UNCHANGED | EDITED | REJECTED | TIMED_OUT) and {@code detail}.
 */
public final class DynamoDbReviewOutcomes implements ReviewOutcomes {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbReviewOutcomes(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void record(ReviewOutcome outcome) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "topic", AttributeValue.fromS(outcome.topic().code()),
                            "outcome_key",
                                    AttributeValue.fromS(
                                            SortableTime.format(outcome.decidedAt()) + "#" + outcome.messageId()),
                            "message_id", AttributeValue.fromS(outcome.messageId()),
                            "raw_score", AttributeValue.fromN(Double.toString(outcome.rawScore())),
                            "approved_unchanged", AttributeValue.fromBool(outcome.approvedUnchanged()),
                            "decided_at", AttributeValue.fromS(SortableTime.format(outcome.decidedAt())),
                            "outcome", AttributeValue.fromS(outcome.outcome().name()),
                            "detail", AttributeValue.fromS(outcome.detail())))
                    .conditionExpression("attribute_not_exists(outcome_key)"));
        } catch (ConditionalCheckFailedException e) {
            // the same outcome recorded before: nothing to do
        }
    }
}
