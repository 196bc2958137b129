package com.mangaassist.common.runbook.dynamodb;

import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runbook results by idempotency key on the {@code locks} table as {@code _id} = {@code
 * <keyPrefix>:<key>} with {@code action}, {@code dry_run}, {@code matched}, {@code changed}, {@code
 * failed}, {@code ids} (L), {@code summary} and an {@code expires_at} TTL of {@code retention} (correctness
 * never depends on it). The first result wins.
 */
public final class DynamoDbRunbookResults implements RunbookResults {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String keyPrefix;
    private final Clock clock;
    private final Duration retention;

    public DynamoDbRunbookResults(
            DynamoDbClient dynamoDb, String table, String keyPrefix, Clock clock, Duration retention) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keyPrefix = keyPrefix;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public Optional<RunbookResult> find(String idempotencyKey) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of("_id", AttributeValue.fromS(id(idempotencyKey))))
                        .consistentRead(true))
                .item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RunbookResult(
                item.get("action").s(),
                item.get("dry_run").bool(),
                Integer.parseInt(item.get("matched").n()),
                Integer.parseInt(item.get("changed").n()),
                Integer.parseInt(item.get("failed").n()),
                ids(item.get("ids")),
                item.get("summary").s(),
                false));
    }

    @Override
    public void save(String idempotencyKey, RunbookResult result) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("_id", AttributeValue.fromS(id(idempotencyKey)));
        item.put("action", AttributeValue.fromS(result.action()));
        item.put("dry_run", AttributeValue.fromBool(result.dryRun()));
        item.put("matched", AttributeValue.fromN(Integer.toString(result.matched())));
        item.put("changed", AttributeValue.fromN(Integer.toString(result.changed())));
        item.put("failed", AttributeValue.fromN(Integer.toString(result.failed())));
        item.put(
                "ids",
                AttributeValue.fromL(
                        result.ids().stream().map(AttributeValue::fromS).toList()));
        item.put("summary", AttributeValue.fromS(result.summary()));
        item.put(
                "expires_at",
                AttributeValue.fromN(
                        Long.toString(clock.instant().plus(retention).getEpochSecond())));
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", "_id")));
        } catch (ConditionalCheckFailedException e) {
            // a concurrent call with the same key stored its result first: that one stands
        }
    }

    /** Ids as a list (kept in order); results stored earlier as a string set read too. */
    private static List<String> ids(AttributeValue ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.hasL() ? ids.l().stream().map(AttributeValue::s).toList() : ids.ss();
    }

    private String id(String key) {
        return keyPrefix + ":" + key;
    }
}
