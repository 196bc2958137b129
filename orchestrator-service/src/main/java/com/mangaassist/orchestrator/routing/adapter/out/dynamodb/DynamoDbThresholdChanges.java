package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import com.mangaassist.orchestrator.routing.domain.ThresholdChange;
import com.mangaassist.orchestrator.routing.domain.ThresholdChangeOutcome;
import com.mangaassist.orchestrator.routing.domain.ThresholdChanges;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Writes new threshold versions: the {@code thresholds} item is replaced only if its stored version is
 * still the one the change was based on (absent for version 0), then the same item is put into
 * {@code threshold-versions} under its version. Without transactions the two writes are ordered so that
 * only the winner of the conditional write reaches the history; a failure between them leaves the
 * current item without its history copy and surfaces as an exception.
 */
public final class DynamoDbThresholdChanges implements ThresholdChanges {

    private final DynamoDbClient dynamoDb;
    private final String thresholdsTable;
    private final String versionsTable;
    private final Clock clock;

    public DynamoDbThresholdChanges(
            DynamoDbClient dynamoDb, String thresholdsTable, String versionsTable, Clock clock) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.thresholdsTable = Objects.requireNonNull(thresholdsTable, "thresholdsTable");
        this.versionsTable = Objects.requireNonNull(versionsTable, "versionsTable");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ThresholdChangeOutcome apply(ThresholdChange change) {
        TopicThresholds next = new TopicThresholds(
                change.topic(), change.thresholds(), change.nextVersion(), clock.instant(), change.changedBy());
        Map<String, AttributeValue> item = ThresholdItems.item(next);
        PutItemRequest.Builder put =
                PutItemRequest.builder().tableName(thresholdsTable).item(item);
        if (change.basedOnVersion() == 0) {
            put.conditionExpression("attribute_not_exists(#category)")
                    .expressionAttributeNames(Map.of("#category", ThresholdItems.CATEGORY));
        } else {
            put.conditionExpression("#version = :basedOn")
                    .expressionAttributeNames(Map.of("#version", ThresholdItems.VERSION))
                    .expressionAttributeValues(
                            Map.of(":basedOn", AttributeValue.fromN(Long.toString(change.basedOnVersion()))));
        }
        try {
            dynamoDb.putItem(put.build());
        } catch (ConditionalCheckFailedException stale) {
            return new ThresholdChangeOutcome.Stale(change.topic(), change.basedOnVersion());
        }
        dynamoDb.putItem(b -> b.tableName(versionsTable).item(item));
        return new ThresholdChangeOutcome.Applied(next);
    }
}
