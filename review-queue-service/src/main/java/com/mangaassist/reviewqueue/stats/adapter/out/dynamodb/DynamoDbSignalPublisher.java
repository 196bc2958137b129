package com.mangaassist.reviewqueue.stats.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.reviewqueue.stats.application.SignalPublishException;
import com.mangaassist.reviewqueue.stats.application.SignalPublisher;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One item per instance in {@code review-signals} ({@code ReviewSignalAttributes}), overwritten on every
 * publication: {@code instance_id}, {@code at} (the snapshot's time, fixed-width ISO UTC), {@code snapshot}
 * (the JSON of {@code GET /api/reviews/stats}, written with the same mapper as the web layer) and {@code
 * expires_at} (epoch seconds, the snapshot's time plus {@code ttl}) so that a stopped instance's item
 * goes away by itself.
 */
public final class DynamoDbSignalPublisher implements SignalPublisher {

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String instanceId;
    private final JsonMapper json;
    private final Duration ttl;

    public DynamoDbSignalPublisher(
            DynamoDbClient dynamoDb, String table, String instanceId, JsonMapper json, Duration ttl) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.json = Objects.requireNonNull(json, "json");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("signal ttl must be positive: " + ttl);
        }
        this.ttl = ttl;
    }

    @Override
    public void publish(QueueStats stats) {
        String snapshot;
        try {
            snapshot = json.writeValueAsString(stats);
        } catch (JacksonException e) {
            throw new SignalPublishException("review stats snapshot could not be written as JSON", e);
        }
        Map<String, AttributeValue> item = Map.of(
                ReviewSignalAttributes.INSTANCE_ID, AttributeValue.fromS(instanceId),
                ReviewSignalAttributes.AT, AttributeValue.fromS(SortableTime.format(stats.at())),
                ReviewSignalAttributes.SNAPSHOT, AttributeValue.fromS(snapshot),
                ReviewSignalAttributes.EXPIRES_AT,
                        AttributeValue.fromN(Long.toString(stats.at().plus(ttl).getEpochSecond())));
        try {
            dynamoDb.putItem(b -> b.tableName(table).item(item));
        } catch (SdkException e) {
            throw new SignalPublishException("review signals of " + instanceId + " not stored in " + table, e);
        }
    }
}
