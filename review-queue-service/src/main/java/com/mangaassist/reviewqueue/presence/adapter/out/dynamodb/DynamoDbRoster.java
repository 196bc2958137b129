package com.mangaassist.reviewqueue.presence.adapter.out.dynamodb;

import com.mangaassist.reviewqueue.presence.domain.Presence;
import com.mangaassist.reviewqueue.presence.domain.Roster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The {@code reviewers} table: one item per reviewer ({@code reviewer_id}, {@code status} CHECKED_IN |
 * CHECKED_OUT, {@code senior}, {@code checked_in_at}, {@code last_heartbeat_at}, {@code checked_out_at}).
 * The table has no index and holds one item per staff member (tens), so "who is checked in" is a
 * paginated, filtered scan.
 */
public final class DynamoDbRoster implements Roster {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbRoster(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Presence> find(String reviewerId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of("reviewer_id", AttributeValue.fromS(reviewerId)))
                        .consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public void save(Presence presence) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("reviewer_id", AttributeValue.fromS(presence.reviewerId()));
        item.put("status", AttributeValue.fromS(presence.checkedIn() ? "CHECKED_IN" : "CHECKED_OUT"));
        item.put("senior", AttributeValue.fromBool(presence.senior()));
        put(item, "checked_in_at", presence.checkedInAt());
        put(item, "last_heartbeat_at", presence.lastHeartbeatAt());
        put(item, "checked_out_at", presence.checkedOutAt());
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public List<Presence> checkedIn() {
        List<Presence> presences = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> exclusiveStart = startKey;
            ScanResponse page = dynamoDb.scan(b -> b.tableName(table)
                    .filterExpression("#status = :in")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":in", AttributeValue.fromS("CHECKED_IN")))
                    .exclusiveStartKey(exclusiveStart));
            page.items().forEach(item -> presences.add(fromItem(item)));
            startKey =
                    page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return presences;
    }

    private static Presence fromItem(Map<String, AttributeValue> item) {
        return new Presence(
                item.get("reviewer_id").s(),
                "CHECKED_IN".equals(item.get("status").s()),
                item.containsKey("senior") && item.get("senior").bool(),
                time(item, "checked_in_at"),
                time(item, "last_heartbeat_at"),
                time(item, "checked_out_at"));
    }

    private static void put(Map<String, AttributeValue> item, String name, Instant value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value.toString()));
        }
    }

    private static Instant time(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : Instant.parse(value.s());
    }
}
