package com.mangaassist.feedback.runbook.adapter.out.dynamodb;

import com.mangaassist.feedback.runbook.domain.AuditEntry;
import com.mangaassist.feedback.runbook.domain.AuditLog;
import com.mangaassist.model.resources.SortableTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code audit-log} table: {@code day} = {@code YYYY-MM-DD} (UTC), {@code entry_key} = {@code <sortable
 * time>#<uuid>}, {@code actor}, {@code action}, {@code reason}, {@code dry_run}, {@code summary}, {@code
 * service} = {@code feedback-service}. Never overwritten.
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
                        "service", AttributeValue.fromS("feedback-service")))
                .conditionExpression("attribute_not_exists(entry_key)"));
    }
}
