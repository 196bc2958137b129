package com.mangaassist.orchestrator.turnstats.adapter.out.dynamodb;

import com.mangaassist.model.routing.TurnStatsAttributes;
import com.mangaassist.orchestrator.turnstats.domain.HistogramIncrement;
import com.mangaassist.orchestrator.turnstats.domain.RoutingCountIncrement;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsStore;
import com.mangaassist.orchestrator.turnstats.domain.TurnStatsWriteException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Turn statistics in {@code confidence-histograms} (partition {@code category}, sort {@code hour}
 * {@code yyyy-MM-ddTHH} UTC) and {@code routing-counts} (partition {@code category}, sort {@code bucket}
 * {@code <variant>#<ISO start>}), layout {@code TurnStatsAttributes}. Every write is one
 * {@code UpdateItem} that only {@code ADD}s numbers (so instances and flushes add up) and sets
 * {@code expires_at} to the period's start plus the retention, in epoch seconds. Any failure of the call
 * is a {@link TurnStatsWriteException}.
 */
public final class DynamoDbTurnStats implements TurnStatsStore {

    /** The sort key format of {@code confidence-histograms}. */
    static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final DynamoDbClient dynamoDb;
    private final String histogramsTable;
    private final String countsTable;
    private final Duration retention;

    public DynamoDbTurnStats(DynamoDbClient dynamoDb, String histogramsTable, String countsTable, Duration retention) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.histogramsTable = Objects.requireNonNull(histogramsTable, "histogramsTable");
        this.countsTable = Objects.requireNonNull(countsTable, "countsTable");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public void add(HistogramIncrement increment) {
        Additions additions = new Additions();
        increment.bins().forEach((bin, count) -> additions.add(TurnStatsAttributes.bin(bin), count));
        if (increment.total() > 0) {
            additions.add(TurnStatsAttributes.TOTAL, increment.total());
        }
        update(
                histogramsTable,
                Map.of(
                        TurnStatsAttributes.CATEGORY,
                                AttributeValue.fromS(increment.topic().code()),
                        TurnStatsAttributes.HOUR, AttributeValue.fromS(HOUR.format(increment.hour()))),
                additions,
                increment.hour());
    }

    @Override
    public void add(RoutingCountIncrement increment) {
        Additions additions = new Additions();
        additions.add(TurnStatsAttributes.AUTO, increment.auto());
        additions.add(TurnStatsAttributes.REVIEW, increment.review());
        additions.add(TurnStatsAttributes.HANDOFF, increment.handoff());
        update(
                countsTable,
                Map.of(
                        TurnStatsAttributes.CATEGORY,
                                AttributeValue.fromS(increment.topic().code()),
                        TurnStatsAttributes.BUCKET,
                                AttributeValue.fromS(bucket(increment.variant().name(), increment.bucketStart()))),
                additions,
                increment.bucketStart());
    }

    /** The sort key of {@code routing-counts}: {@code ACTIVE#2026-12-04T10:00:10Z}. */
    static String bucket(String variant, Instant start) {
        return variant + "#" + start;
    }

    private void update(String table, Map<String, AttributeValue> key, Additions additions, Instant periodStart) {
        additions.names.put("#expires", TurnStatsAttributes.EXPIRES_AT);
        additions.values.put(
                ":expires",
                AttributeValue.fromN(Long.toString(periodStart.plus(retention).getEpochSecond())));
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table)
                .key(key)
                .updateExpression("ADD " + additions.expression + " SET #expires = :expires")
                .expressionAttributeNames(additions.names)
                .expressionAttributeValues(additions.values)
                .build();
        try {
            dynamoDb.updateItem(request);
        } catch (SdkException failure) {
            throw new TurnStatsWriteException("adding to " + table + " " + key + " failed", failure);
        }
    }

    /** The {@code ADD} clause and its placeholders. */
    private static final class Additions {
        private final StringJoiner expression = new StringJoiner(", ");
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, AttributeValue> values = new HashMap<>();

        void add(String attribute, long count) {
            int n = names.size();
            names.put("#a" + n, attribute);
            values.put(":a" + n, AttributeValue.fromN(Long.toString(count)));
            expression.add("#a" + n + " :a" + n);
        }
    }
}
