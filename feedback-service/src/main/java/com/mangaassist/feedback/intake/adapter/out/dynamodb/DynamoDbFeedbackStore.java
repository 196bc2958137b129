package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import static com.mangaassist.feedback.intake.adapter.out.dynamodb.FeedbackItems.s;

import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.model.resources.SortableTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The {@code feedback} table (format in {@link FeedbackItems}). Inserts are conditional on the id being
 * new; updates are conditional on the item existing (and, for topics, on the topic being unchanged).
 * Cursors are the query's last evaluated key, encoded.
 */
public final class DynamoDbFeedbackStore implements FeedbackStore {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbFeedbackStore(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean insert(FeedbackRecord record) {
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(FeedbackItems.toItem(record))
                    .conditionExpression("attribute_not_exists(feedback_id)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Optional<FeedbackRecord> find(String feedbackId) {
        var response = dynamoDb.getItem(b ->
                b.tableName(table).key(Map.of("feedback_id", s(feedbackId))).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FeedbackItems.fromItem(response.item()));
    }

    @Override
    public List<Instant> signalTimes(String userId, Instant since, int limit) {
        QueryResponse response = dynamoDb.query(b -> b.tableName(table)
                .indexName("by-user")
                .keyConditionExpression("user_id = :u AND created_at >= :since")
                .expressionAttributeValues(Map.of(":u", s(userId), ":since", s(SortableTime.format(since))))
                .projectionExpression("created_at")
                .scanIndexForward(false)
                .limit(limit));
        List<Instant> times = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            times.add(0, SortableTime.parse(item.get("created_at").s()));
        }
        return times;
    }

    @Override
    public Slice byDay(LocalDate day, Instant from, Instant to, String cursor, int pageSize) {
        return page(
                QueryRequest.builder()
                        .indexName("by-day")
                        .keyConditionExpression("#day = :day AND created_at BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#day", "day"))
                        .expressionAttributeValues(Map.of(
                                ":day", s(day.toString()),
                                ":from", s(SortableTime.format(from)),
                                // BETWEEN is inclusive: the last millisecond before `to`
                                ":to", s(SortableTime.format(to.minusMillis(1))))),
                cursor,
                pageSize);
    }

    @Override
    public Slice byUser(String userId, String cursor, int pageSize) {
        return byPartition("by-user", "user_id", userId, cursor, pageSize);
    }

    @Override
    public Slice bySession(String sessionId, String cursor, int pageSize) {
        return byPartition("by-session", "session_id", sessionId, cursor, pageSize);
    }

    /** Every record of one partition of {@code index}, oldest first. */
    private Slice byPartition(String index, String key, String value, String cursor, int pageSize) {
        return page(
                QueryRequest.builder()
                        .indexName(index)
                        .keyConditionExpression(key + " = :v")
                        .expressionAttributeValues(Map.of(":v", s(value))),
                cursor,
                pageSize);
    }

    @Override
    public boolean setQuarantine(String feedbackId, boolean quarantined, String reason) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":q", AttributeValue.fromBool(quarantined));
        String update;
        if (quarantined) {
            values.put(":reason", s(reason));
            values.put(":usable", AttributeValue.fromBool(false));
            update = "SET quarantined = :q, quarantine_reason = :reason, usable = :usable";
        } else {
            Optional<FeedbackRecord> record = find(feedbackId);
            if (record.isEmpty()) {
                return false;
            }
            // usable again only if nothing else excludes it
            values.put(
                    ":usable", AttributeValue.fromBool(record.get().exclusions().isEmpty()));
            update = "SET quarantined = :q, usable = :usable REMOVE quarantine_reason";
        }
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of("feedback_id", s(feedbackId)))
                    .conditionExpression("attribute_exists(feedback_id)")
                    .updateExpression(update)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean correctTopic(String feedbackId, String expected, String corrected, Instant at) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of("feedback_id", s(feedbackId)))
                    .conditionExpression("attribute_exists(feedback_id) AND topic = :expected")
                    .updateExpression("SET topic = :corrected, original_incorrect_topic = :expected,"
                            + " backfill_corrected_at = :at")
                    .expressionAttributeValues(Map.of(
                            ":expected", s(expected),
                            ":corrected", s(corrected),
                            ":at", s(SortableTime.format(at)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private Slice page(QueryRequest.Builder query, String cursor, int pageSize) {
        query.tableName(table).limit(pageSize).scanIndexForward(true);
        if (cursor != null) {
            query.exclusiveStartKey(decode(cursor));
        }
        QueryResponse response = dynamoDb.query(query.build());
        List<FeedbackRecord> records =
                response.items().stream().map(FeedbackItems::fromItem).toList();
        String next =
                response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? encode(response.lastEvaluatedKey())
                        : null;
        return new Slice(records, next);
    }

    /** Key attributes of this table and its indexes are all strings: name=value pairs, base64 each. */
    static String encode(Map<String, AttributeValue> key) {
        List<String> parts = new ArrayList<>();
        key.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(b64(e.getKey()) + "." + b64(e.getValue().s())));
        return String.join("~", parts);
    }

    static Map<String, AttributeValue> decode(String cursor) {
        Map<String, AttributeValue> key = new HashMap<>();
        try {
            for (String part : cursor.split("~")) {
                String[] pair = part.split("\\.", 2);
                key.put(unb64(pair[0]), s(unb64(pair[1])));
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            // Base64 refused it, or a part had no name.value separator
            throw new IllegalArgumentException("not a cursor of this listing", e);
        }
        return key;
    }

    private static String b64(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String value) {
        return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
