package com.mangaassist.common.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Job leases on the {@code locks} table: item {@code _id} = {@code <service>:<job>} with {@code
 * locked_by} (this instance) and {@code locked_until} (epoch millis). Taken by a conditional put that
 * succeeds when nobody holds the lease, it expired, or this instance holds it already.
 */
public final class DynamoDbSingleRunner implements SingleRunner {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String service;
    private final String instanceId;
    private final Clock clock;

    public DynamoDbSingleRunner(DynamoDbClient dynamoDb, String table, String service, String instanceId, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.service = service;
        this.instanceId = instanceId;
        this.clock = clock;
    }

    @Override
    public boolean acquire(String job, Duration ttl) {
        long now = clock.millis();
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "_id", AttributeValue.fromS(service + ":" + job),
                            "locked_by", AttributeValue.fromS(instanceId),
                            "locked_until", AttributeValue.fromN(Long.toString(now + ttl.toMillis()))))
                    .conditionExpression("attribute_not_exists(#id) OR locked_until < :now OR locked_by = :me")
                    .expressionAttributeNames(Map.of("#id", "_id"))
                    .expressionAttributeValues(Map.of(
                            ":now", AttributeValue.fromN(Long.toString(now)),
                            ":me", AttributeValue.fromS(instanceId))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
