package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import com.mangaassist.delivery.promise.application.AuditTrail;
import com.mangaassist.delivery.promise.application.IdempotentResults;
import com.mangaassist.model.resources.SortableTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The {@code audit-log} table: one item per action, partition {@code day} (YYYY-MM-DD), sort
 * {@code entry_key} = ISO time#uuid. First results of idempotent requests live in the same table under
 * the partition {@code idempotency}, sort key = scope#key, written once with a conditional put.
 */
public final class DynamoDbAuditTrail implements AuditTrail, IdempotentResults {

    static final String DAY = "day";
    static final String ENTRY_KEY = "entry_key";
    static final String IDEMPOTENCY_PARTITION = "idempotency";
    static final String RESULT = "result";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAuditTrail(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void record(Entry entry) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        DAY,
                        AttributeValue.fromS(
                                entry.at().atZone(ZoneOffset.UTC).toLocalDate().toString()),
                        ENTRY_KEY,
                        AttributeValue.fromS(SortableTime.format(entry.at()) + "#" + UUID.randomUUID()),
                        "actor",
                        AttributeValue.fromS(entry.actor()),
                        "action",
                        AttributeValue.fromS(entry.action()),
                        "reason",
                        AttributeValue.fromS(entry.reason()),
                        "dry_run",
                        AttributeValue.fromBool(entry.dryRun()),
                        "summary",
                        AttributeValue.fromS(entry.summary()))));
    }

    @Override
    public Optional<String> find(String scope, String key) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        b -> b.tableName(table).key(idempotencyKey(scope, key)).consistentRead(true))
                .item();
        return Optional.ofNullable(item).map(i -> i.get(RESULT)).map(AttributeValue::s);
    }

    @Override
    public String storeFirst(String scope, String key, String result) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(idempotencyKey(scope, key));
        item.put(RESULT, AttributeValue.fromS(result));
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", ENTRY_KEY)));
            return result;
        } catch (ConditionalCheckFailedException first) {
            return find(scope, key).orElse(result);
        }
    }

    private static Map<String, AttributeValue> idempotencyKey(String scope, String key) {
        return Map.of(
                DAY, AttributeValue.fromS(IDEMPOTENCY_PARTITION), ENTRY_KEY, AttributeValue.fromS(scope + "#" + key));
    }
}
