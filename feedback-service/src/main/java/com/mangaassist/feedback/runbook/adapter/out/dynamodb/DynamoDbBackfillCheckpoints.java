package com.mangaassist.feedback.runbook.adapter.out.dynamodb;

import com.mangaassist.feedback.runbook.domain.BackfillCheckpoint;
import com.mangaassist.feedback.runbook.domain.BackfillCheckpoints;
import com.mangaassist.feedback.runbook.domain.BackfillCounts;
import com.mangaassist.model.resources.SortableTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Backfill checkpoints on the {@code locks} table: {@code _id} = {@code feedback-backfill:<jobId>}, {@code
 * from}, {@code to} (sortable times), {@code day} (next day to read), {@code cursor} (absent: the day's
 * first page), {@code scanned}, {@code corrected}, {@code unchanged}, {@code unjoinable}, {@code untopical},
 * {@code conflicts} (N), {@code corrected_ids} (L), {@code status} (RUNNING|DONE), {@code updated_at}. Read
 * consistently; each save replaces the item.
 */
public final class DynamoDbBackfillCheckpoints implements BackfillCheckpoints {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbBackfillCheckpoints(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<BackfillCheckpoint> find(String jobId) {
        var response = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("_id", AttributeValue.fromS(id(jobId))))
                .consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        return Optional.of(new BackfillCheckpoint(
                jobId,
                SortableTime.parse(item.get("from").s()),
                SortableTime.parse(item.get("to").s()),
                LocalDate.parse(item.get("day").s()),
                item.containsKey("cursor") ? item.get("cursor").s() : null,
                new BackfillCounts(
                        number(item, "scanned"),
                        number(item, "corrected"),
                        number(item, "unchanged"),
                        number(item, "unjoinable"),
                        number(item, "untopical"),
                        number(item, "conflicts")),
                item.containsKey("corrected_ids")
                        ? item.get("corrected_ids").l().stream()
                                .map(AttributeValue::s)
                                .toList()
                        : List.of(),
                BackfillCheckpoint.Status.valueOf(item.get("status").s()),
                SortableTime.parse(item.get("updated_at").s())));
    }

    @Override
    public void save(BackfillCheckpoint checkpoint) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("_id", AttributeValue.fromS(id(checkpoint.jobId())));
        item.put("from", AttributeValue.fromS(SortableTime.format(checkpoint.from())));
        item.put("to", AttributeValue.fromS(SortableTime.format(checkpoint.to())));
        item.put("day", AttributeValue.fromS(checkpoint.day().toString()));
        if (checkpoint.cursor() != null) {
            item.put("cursor", AttributeValue.fromS(checkpoint.cursor()));
        }
        BackfillCounts c = checkpoint.counts();
        item.put("scanned", n(c.scanned()));
        item.put("corrected", n(c.corrected()));
        item.put("unchanged", n(c.unchanged()));
        item.put("unjoinable", n(c.unjoinable()));
        item.put("untopical", n(c.untopical()));
        item.put("conflicts", n(c.conflicts()));
        item.put(
                "corrected_ids",
                AttributeValue.fromL(checkpoint.correctedIds().stream()
                        .map(AttributeValue::fromS)
                        .toList()));
        item.put("status", AttributeValue.fromS(checkpoint.status().name()));
        item.put("updated_at", AttributeValue.fromS(SortableTime.format(checkpoint.updatedAt())));
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }

    private static String id(String jobId) {
        return "feedback-backfill:" + jobId;
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }
}
