package com.mangaassist.common.runbook.dynamodb;

import com.mangaassist.common.runbook.AuditEntry;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.model.resources.SortableTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code audit-log} table: {@code day} = {@code YYYY-MM-DD} (UTC), {@code entry_key} = {@code <sortable
 * time>#<uuid>}, {@code actor}, {@code action}, {@code reason}, {@code dry_run}, {@code summary}, {@code
 * service} (the writing service). Never overwritten.
 */
public final class DynamoDbAuditLog implements AuditLog {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String service;

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String table, String service) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.service = service;
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
                        "service", AttributeValue.fromS(service)))
                .conditionExpression("attribute_not_exists(entry_key)"));
    }
}
