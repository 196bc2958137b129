package com.mangaassist.threshold.changerequest.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.model.routing.TurnStatsAttributes;
import com.mangaassist.threshold.changerequest.domain.CanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.FeedbackTally;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Canary measures from the tables others write: {@code routing-counts} (the orchestrators' routed turns
 * per variant and bucket; a bucket counts when its start lies in the window) and {@code feedback} through
 * its {@code by-day} index (included signals only: {@code usable} and not quarantined, on turns answered
 * with the given {@code prompt_version}).
 */
public final class DynamoDbCanaryMeasures implements CanaryMeasures {

    private final DynamoDbClient dynamoDb;
    private final String routingCountsTable;
    private final String feedbackTable;

    public DynamoDbCanaryMeasures(DynamoDbClient dynamoDb, String routingCountsTable, String feedbackTable) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.routingCountsTable = Objects.requireNonNull(routingCountsTable, "routingCountsTable");
        this.feedbackTable = Objects.requireNonNull(feedbackTable, "feedbackTable");
    }

    @Override
    public RoutingTally routed(TopicCategory category, String variant, Instant from, Instant to) {
        long[] sums = new long[3];
        forEachBucket(category, variant, from, to, (start, tally) -> {
            sums[0] += tally.auto();
            sums[1] += tally.review();
            sums[2] += tally.handoff();
        });
        return new RoutingTally(sums[0], sums[1], sums[2]);
    }

    /**
     * Every routing-counts bucket of {@code category} and {@code variant} whose start lies in [{@code from},
     * {@code to}), with its start: one query (the routing statistics group them by hour).
     */
    public void forEachBucket(
            TopicCategory category,
            String variant,
            Instant from,
            Instant to,
            BiConsumer<Instant, RoutingTally> bucket) {
        // bucket keys are <variant>#<ISO instant>; ISO text with and without fractions does not sort as
        // time, so the query takes a margin on both sides and each bucket start is parsed and tested
        String prefix = variant + "#";
        QueryRequest query = QueryRequest.builder()
                .tableName(routingCountsTable)
                .keyConditionExpression("#category = :category AND #bucket BETWEEN :from AND :to")
                .expressionAttributeNames(
                        Map.of("#category", TurnStatsAttributes.CATEGORY, "#bucket", TurnStatsAttributes.BUCKET))
                .expressionAttributeValues(Map.of(
                        ":category", AttributeValue.fromS(category.code()),
                        ":from",
                                AttributeValue.fromS(prefix
                                        + from.minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)),
                        ":to",
                                AttributeValue.fromS(
                                        prefix + to.plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS))))
                .consistentRead(true)
                .build();
        for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(query).items()) {
            Instant start;
            try {
                start = Instant.parse(item.get(TurnStatsAttributes.BUCKET).s().substring(prefix.length()));
            } catch (DateTimeParseException notABucket) {
                continue;
            }
            if (start.isBefore(from) || !start.isBefore(to)) {
                continue;
            }
            bucket.accept(
                    start,
                    new RoutingTally(
                            count(item, TurnStatsAttributes.AUTO),
                            count(item, TurnStatsAttributes.REVIEW),
                            count(item, TurnStatsAttributes.HANDOFF)));
        }
    }

    @Override
    public FeedbackTally feedback(String promptLabel, Instant from, Instant to) {
        long up = 0;
        long down = 0;
        long corrections = 0;
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            QueryRequest query = QueryRequest.builder()
                    .tableName(feedbackTable)
                    .indexName("by-day")
                    .keyConditionExpression("#day = :day AND created_at BETWEEN :from AND :to")
                    .filterExpression(
                            "prompt_version = :label AND usable = :yes AND (attribute_not_exists(quarantined) OR quarantined = :no)")
                    .expressionAttributeNames(Map.of("#day", "day"))
                    .expressionAttributeValues(Map.of(
                            ":day", AttributeValue.fromS(day.toString()),
                            ":from", AttributeValue.fromS(SortableTime.format(from)),
                            ":to", AttributeValue.fromS(SortableTime.format(to)),
                            ":label", AttributeValue.fromS(promptLabel),
                            ":yes", AttributeValue.fromBool(true),
                            ":no", AttributeValue.fromBool(false)))
                    .build();
            for (Map<String, AttributeValue> item :
                    dynamoDb.queryPaginator(query).items()) {
                String kind = text(item, "kind");
                if ("CORRECTION".equals(kind)) {
                    corrections++;
                } else if ("BINARY".equals(kind)) {
                    if ("UP".equals(text(item, "signal"))) {
                        up++;
                    } else if ("DOWN".equals(text(item, "signal"))) {
                        down++;
                    }
                }
            }
        }
        return new FeedbackTally(up, down, corrections);
    }

    private static long count(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? 0 : Long.parseLong(value.n());
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }
}
