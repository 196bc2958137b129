package com.mangaassist.delivery.promise.adapter.out.dynamodb;

import com.mangaassist.delivery.promise.application.JobLease;
import com.mangaassist.model.resources.SortableTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A lease on the {@code locks} table in ShedLock's DynamoDB schema ({@code _id}, {@code lockUntil},
 * {@code lockedAt}, {@code lockedBy}), taken with a conditional write: free when absent or when
 * {@code lockUntil <= now}. A run that completes also stamps {@code completedAt} on the item (an attribute ShedLock
 * ignores): the job's heartbeat, readable by every instance.
 */
public final class DynamoDbJobLease implements JobLease {

    static final String ID = "_id";
    static final String LOCK_UNTIL = "lockUntil";
    static final String LOCKED_AT = "lockedAt";
    static final String LOCKED_BY = "lockedBy";
    static final String COMPLETED_AT = "completedAt";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String holder;

    public DynamoDbJobLease(DynamoDbClient dynamoDb, String table, String holder) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.holder = holder;
    }

    @Override
    public Optional<Held> acquire(String name, Instant now, Instant until) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of(ID, AttributeValue.fromS(name)))
                    .updateExpression("SET #until = :until, #at = :now, #by = :me")
                    .conditionExpression("attribute_not_exists(#until) OR #until <= :now")
                    .expressionAttributeNames(Map.of("#until", LOCK_UNTIL, "#at", LOCKED_AT, "#by", LOCKED_BY))
                    .expressionAttributeValues(Map.of(
                            ":until", AttributeValue.fromS(SortableTime.format(until)),
                            ":now", AttributeValue.fromS(SortableTime.format(now)),
                            ":me", AttributeValue.fromS(holder))));
            return Optional.of(new Held(name, holder, until));
        } catch (ConditionalCheckFailedException held) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Instant> lastCompletedAt(String name) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                        .key(Map.of(ID, AttributeValue.fromS(name)))
                        .consistentRead(true))
                .item();
        if (item == null || !item.containsKey(COMPLETED_AT)) {
            return Optional.empty();
        }
        return Optional.of(SortableTime.parse(item.get(COMPLETED_AT).s()));
    }

    @Override
    public void release(Held lease, Instant until) {
        shorten(
                lease,
                "SET #until = :until",
                Map.of("#until", LOCK_UNTIL, "#by", LOCKED_BY),
                Map.of(
                        ":until", AttributeValue.fromS(SortableTime.format(until)),
                        ":me", AttributeValue.fromS(lease.holder())));
    }

    @Override
    public void releaseCompleted(Held lease, Instant until, Instant completedAt) {
        shorten(
                lease,
                "SET #until = :until, #done = :done",
                Map.of("#until", LOCK_UNTIL, "#by", LOCKED_BY, "#done", COMPLETED_AT),
                Map.of(
                        ":until", AttributeValue.fromS(SortableTime.format(until)),
                        ":done", AttributeValue.fromS(SortableTime.format(completedAt)),
                        ":me", AttributeValue.fromS(lease.holder())));
    }

    private void shorten(Held lease, String update, Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of(ID, AttributeValue.fromS(lease.name())))
                    .updateExpression(update)
                    .conditionExpression("#by = :me")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException takenOver) {
            // the lease expired and another instance holds it now: nothing of ours to release
        }
    }
}
