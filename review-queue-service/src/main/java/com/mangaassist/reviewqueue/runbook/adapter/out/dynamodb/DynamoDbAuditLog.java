package com.mangaassist.reviewqueue.runbook.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.reviewqueue.runbook.domain.AuditEntry;
import com.mangaassist.reviewqueue.runbook.domain.AuditLog;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code audit-log} table: {@code day} = {@code YYYY-MM-DD} (UTC), {@code entry_key} = {@code <ISO
 * instant>#<uuid>}, {@code actor}, {@code action}, {@code reason}, {@code dry_run}, {@code summary}, {@code
 * service}. Never overwritten.
 */
public final class DynamoDbAuditLog implements AuditLog {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void append(AuditEntry entry) {
        dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "day",
                                AttributeValue.fromS(entry.at()
                                        .atZone(ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toString()),
                        "entry_key", AttributeValue.fromS(SortableTime.format(entry.at()) + "#" + UUID.randomUUID()),
                        "actor", AttributeValue.fromS(entry.actor()),
                        "action", AttributeValue.fromS(entry.action()),
                        "reason", AttributeValue.fromS(entry.reason()),
                        "dry_run", AttributeValue.fromBool(entry.dryRun()),
                        "summary", AttributeValue.fromS(entry.summary()),
                        "service", AttributeValue.fromS("review-queue-service")))
                .conditionExpression("attribute_not_exists(entry_key)"));
    }
}
