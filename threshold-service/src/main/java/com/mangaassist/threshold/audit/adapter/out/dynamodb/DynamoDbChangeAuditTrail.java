package com.mangaassist.threshold.audit.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.threshold.audit.domain.ChangeAuditEntry;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The {@code audit-log} table, in the layout every service writes ({@code day} = YYYY-MM-DD UTC,
 * {@code entry_key} = {@code <sortable time>#<uuid>}, {@code actor}, {@code action}, {@code reason},
 * {@code dry_run}, {@code summary}, {@code service}) plus this service's {@code category},
 * {@code subject}, {@code before} and {@code after}. Puts are conditional on absence: an entry is never
 * overwritten. A read queries one partition per day of the window; {@code category} may list several
 * codes separated by commas (a change of several categories), and a category filter matches any of them.
 */
public final class DynamoDbChangeAuditTrail implements ChangeAuditTrail {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbChangeAuditTrail(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void append(ChangeAuditEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("day", s(entry.at().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        item.put("entry_key", s(SortableTime.format(entry.at()) + "#" + UUID.randomUUID()));
        item.put("actor", s(entry.actor()));
        item.put("action", s(entry.action()));
        item.put("reason", s(entry.reason()));
        item.put("dry_run", AttributeValue.fromBool(entry.dryRun()));
        item.put("summary", s(entry.summary()));
        item.put("service", s(entry.service()));
        item.put("category", s(entry.category()));
        item.put("subject", s(entry.subject()));
        item.put("before", s(entry.before()));
        item.put("after", s(entry.after()));
        dynamoDb.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(entry_key)"));
    }

    @Override
    public List<ChangeAuditEntry> read(Instant since, Instant until, Optional<String> category, int limit) {
        int max = Math.min(Math.max(limit, 1), MAX_READ);
        List<ChangeAuditEntry> entries = new ArrayList<>();
        LocalDate last = until.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = since.atZone(ZoneOffset.UTC).toLocalDate();
                !day.isAfter(last) && entries.size() < max;
                day = day.plusDays(1)) {
            QueryRequest.Builder query = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#day = :day AND entry_key BETWEEN :from AND :to")
                    .expressionAttributeNames(new HashMap<>(Map.of("#day", "day")))
                    .consistentRead(true);
            Map<String, AttributeValue> values = new HashMap<>(Map.of(
                    ":day", s(day.toString()),
                    ":from", s(SortableTime.format(since)),
                    ":to", s(SortableTime.format(until))));
            query.expressionAttributeValues(values);
            for (Map<String, AttributeValue> item :
                    dynamoDb.queryPaginator(query.build()).items()) {
                ChangeAuditEntry entry = entry(item);
                if (category.isPresent()
                        && !List.of(entry.category().split(",")).contains(category.get())) {
                    continue;
                }
                entries.add(entry);
                if (entries.size() >= max) {
                    break;
                }
            }
        }
        return entries;
    }

    private static ChangeAuditEntry entry(Map<String, AttributeValue> item) {
        String key = text(item, "entry_key");
        return new ChangeAuditEntry(
                SortableTime.parse(key.substring(0, key.indexOf('#'))),
                text(item, "service"),
                text(item, "actor"),
                text(item, "action"),
                text(item, "category"),
                text(item, "subject"),
                text(item, "reason"),
                text(item, "before"),
                text(item, "after"),
                item.containsKey("dry_run")
                        && Boolean.TRUE.equals(item.get("dry_run").bool()),
                text(item, "summary"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
