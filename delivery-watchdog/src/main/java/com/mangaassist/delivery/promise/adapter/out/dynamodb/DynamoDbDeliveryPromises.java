package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import static com.mangaassist.model.delivery.PromiseAttributes.ATTEMPTS;
import static com.mangaassist.model.delivery.PromiseAttributes.CHANNEL;
import static com.mangaassist.model.delivery.PromiseAttributes.CONNECTION_ID;
import static com.mangaassist.model.delivery.PromiseAttributes.CREATED_AT;
import static com.mangaassist.model.delivery.PromiseAttributes.DELIVERED_AT;
import static com.mangaassist.model.delivery.PromiseAttributes.DRAFT;
import static com.mangaassist.model.delivery.PromiseAttributes.DUE_AT;
import static com.mangaassist.model.delivery.PromiseAttributes.LANG;
import static com.mangaassist.model.delivery.PromiseAttributes.LAST_HEARTBEAT_AT;
import static com.mangaassist.model.delivery.PromiseAttributes.MESSAGE_ID;
import static com.mangaassist.model.delivery.PromiseAttributes.PROMISE_KIND;
import static com.mangaassist.model.delivery.PromiseAttributes.STATUS;
import static com.mangaassist.model.delivery.PromiseAttributes.USER_ID;

import com.mangaassist.delivery.promise.domain.ClaimOutcome;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.Promise;
import com.mangaassist.model.delivery.PromiseStatus;
import com.mangaassist.model.resources.SortableTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The {@code delivery-promises} table in the orchestrator's format ({@code PromiseAttributes}), plus
 * {@code delivering_until}, the claim this service puts on a promise while posting.
 */
public final class DynamoDbDeliveryPromises implements DeliveryPromises {

    /** The claim: until when one worker may post for this promise. */
    static final String DELIVERING_UNTIL = "delivering_until";

    static final String BY_STATUS_DUE = "by-status-due";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbDeliveryPromises(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Promise> find(String messageId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        b -> b.tableName(table).key(key(messageId)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(promise(item));
    }

    @Override
    public ClaimOutcome claim(String messageId, Instant now, Instant until) {
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table)
                .key(key(messageId))
                .updateExpression("SET #claim = :until, #attempts = if_not_exists(#attempts, :zero) + :one")
                .conditionExpression(
                        "attribute_exists(#id) AND #status = :pending AND (attribute_not_exists(#claim) OR #claim < :now)")
                .expressionAttributeNames(
                        Map.of("#claim", DELIVERING_UNTIL, "#attempts", ATTEMPTS, "#id", MESSAGE_ID, "#status", STATUS))
                .expressionAttributeValues(Map.of(
                        ":until", s(SortableTime.format(until)),
                        ":now", s(SortableTime.format(now)),
                        ":pending", s(PromiseStatus.PENDING.name()),
                        ":zero", n(0),
                        ":one", n(1)))
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            return new ClaimOutcome.Claimed(promise(dynamoDb.updateItem(request).attributes()), until);
        } catch (ConditionalCheckFailedException notClaimable) {
            Optional<Map<String, AttributeValue>> current = Optional.ofNullable(dynamoDb.getItem(
                                    b -> b.tableName(table).key(key(messageId)).consistentRead(true))
                            .item())
                    .filter(i -> !i.isEmpty());
            if (current.isEmpty()) {
                return new ClaimOutcome.Missing();
            }
            PromiseStatus status = PromiseStatus.valueOf(text(current.get(), STATUS));
            if (status != PromiseStatus.PENDING) {
                return new ClaimOutcome.AlreadySettled(status);
            }
            Instant claimedUntil = SortableTime.parse(text(current.get(), DELIVERING_UNTIL));
            return new ClaimOutcome.Busy(claimedUntil == null ? now : claimedUntil);
        }
    }

    @Override
    public void release(String messageId) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(key(messageId))
                    .updateExpression("REMOVE #claim")
                    .conditionExpression("#status = :pending")
                    .expressionAttributeNames(Map.of("#claim", DELIVERING_UNTIL, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":pending", s(PromiseStatus.PENDING.name()))));
        } catch (ConditionalCheckFailedException settled) {
            // settled meanwhile: there is no claim left to give back
        }
    }

    @Override
    public boolean settle(String messageId, SettledAs settledAs, Instant now) {
        PromiseStatus status = settledAs.fallback() ? PromiseStatus.FALLBACK : PromiseStatus.DELIVERED;
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(key(messageId))
                    .updateExpression("SET #status = :status, #channel = :channel, #at = :now REMOVE #claim")
                    .conditionExpression("#status = :pending")
                    .expressionAttributeNames(Map.of(
                            "#status", STATUS, "#channel", CHANNEL, "#at", DELIVERED_AT, "#claim", DELIVERING_UNTIL))
                    .expressionAttributeValues(Map.of(
                            ":status", s(status.name()),
                            ":channel", s(settledAs.channel().code()),
                            ":now", s(SortableTime.format(now)),
                            ":pending", s(PromiseStatus.PENDING.name()))));
            return true;
        } catch (ConditionalCheckFailedException alreadySettled) {
            return false;
        }
    }

    @Override
    public boolean recordHeartbeat(String messageId, Instant now, Instant lastNotAfter) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(key(messageId))
                    .updateExpression("SET #hb = :now")
                    .conditionExpression("#status = :pending AND #due > :now"
                            + " AND (attribute_not_exists(#claim) OR #claim < :now)"
                            + " AND (attribute_not_exists(#hb) OR #hb <= :last)")
                    .expressionAttributeNames(Map.of(
                            "#hb", LAST_HEARTBEAT_AT, "#status", STATUS, "#due", DUE_AT, "#claim", DELIVERING_UNTIL))
                    .expressionAttributeValues(Map.of(
                            ":now", s(SortableTime.format(now)),
                            ":last", s(SortableTime.format(lastNotAfter)),
                            ":pending", s(PromiseStatus.PENDING.name()))));
            return true;
        } catch (ConditionalCheckFailedException notDue) {
            return false;
        }
    }

    @Override
    public List<Promise> pendingDueBy(Instant now) {
        return query("#status = :pending AND #due <= :now", Map.of(":now", s(SortableTime.format(now))), null);
    }

    @Override
    public List<Promise> pendingDueAfter(Instant now) {
        return query("#status = :pending AND #due > :now", Map.of(":now", s(SortableTime.format(now))), null);
    }

    @Override
    public List<Promise> pendingCreatedBetween(Instant from, Instant to) {
        return query(
                "#status = :pending",
                Map.of(":from", s(SortableTime.format(from)), ":to", s(SortableTime.format(to))),
                "#created BETWEEN :from AND :to");
    }

    @Override
    public Count count(PromiseStatus status, Instant dueFrom, Instant dueTo, long limit) {
        Map<String, AttributeValue> start = null;
        long count = 0;
        do {
            QueryResponse page = dynamoDb.query(QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_STATUS_DUE)
                    .keyConditionExpression("#status = :status AND #due BETWEEN :from AND :to")
                    .expressionAttributeNames(Map.of("#status", STATUS, "#due", DUE_AT))
                    .expressionAttributeValues(Map.of(
                            ":status", s(status.name()),
                            ":from", s(SortableTime.format(dueFrom)),
                            // BETWEEN is inclusive: the last instant before dueTo
                            ":to", s(SortableTime.format(dueTo.minusMillis(1)))))
                    .select(Select.COUNT)
                    .exclusiveStartKey(start)
                    .build());
            count += page.count();
            if (count >= limit) {
                return new Count(limit, true);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new Count(count, false);
    }

    private List<Promise> query(String keyCondition, Map<String, AttributeValue> values, String filter) {
        Map<String, String> names = new HashMap<>(Map.of("#status", STATUS));
        if (keyCondition.contains("#due")) {
            names.put("#due", DUE_AT);
        }
        if (filter != null) {
            names.put("#created", CREATED_AT);
        }
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":pending", s(PromiseStatus.PENDING.name()));
        List<Promise> promises = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder()
                    .tableName(table)
                    .indexName(BY_STATUS_DUE)
                    .keyConditionExpression(keyCondition)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(allValues)
                    .exclusiveStartKey(start);
            if (filter != null) {
                request.filterExpression(filter);
            }
            QueryResponse page = dynamoDb.query(request.build());
            page.items().stream().map(DynamoDbDeliveryPromises::promise).forEach(promises::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return promises;
    }

    static Promise promise(Map<String, AttributeValue> item) {
        return new Promise(
                text(item, MESSAGE_ID),
                text(item, USER_ID),
                text(item, CONNECTION_ID),
                SortableTime.parse(text(item, CREATED_AT)),
                SortableTime.parse(text(item, DUE_AT)),
                PromiseStatus.valueOf(text(item, STATUS)),
                text(item, LANG),
                text(item, PROMISE_KIND),
                text(item, DRAFT),
                SortableTime.parse(text(item, LAST_HEARTBEAT_AT)));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Map<String, AttributeValue> key(String messageId) {
        return Map.of(MESSAGE_ID, s(messageId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
