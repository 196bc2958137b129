package com.mangaassist.feedback.runbook.adapter.out.dynamodb;

import com.mangaassist.feedback.runbook.domain.QuarantineState;
import com.mangaassist.feedback.runbook.domain.QuarantineSubjects;
import com.mangaassist.model.resources.SortableTime;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes the {@code feedback-quarantines} table that intake reads: {@code subject} ({@code account:<userId>}
 * or {@code session:<sessionId>}), {@code active} (BOOL), {@code reason} (also the reason written on every
 * record the quarantine marked), {@code actor}, {@code at} (sortable time of the last change).
 */
public final class DynamoDbQuarantineSubjects implements QuarantineSubjects {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbQuarantineSubjects(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<QuarantineState> find(String subject) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("subject", AttributeValue.fromS(subject)))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new QuarantineState(
                subject,
                item.containsKey("active")
                        && Boolean.TRUE.equals(item.get("active").bool()),
                text(item, "reason", "quarantined"),
                text(item, "actor", "unknown"),
                item.containsKey("at") ? SortableTime.parse(item.get("at").s()) : java.time.Instant.EPOCH));
    }

    @Override
    public void save(QuarantineState state) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "subject", AttributeValue.fromS(state.subject()),
                        "active", AttributeValue.fromBool(state.active()),
                        "reason", AttributeValue.fromS(state.reason()),
                        "actor", AttributeValue.fromS(state.actor()),
                        "at", AttributeValue.fromS(SortableTime.format(state.at())))));
    }

    private static String text(Map<String, AttributeValue> item, String name, String absent) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? absent : value.s();
    }
}
