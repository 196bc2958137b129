package com.mangaassist.threshold.simulation.adapter.out.dynamodb;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.model.routing.TurnStatsAttributes;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistogram;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistories;
import com.mangaassist.threshold.simulation.domain.HourlyHistogram;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The orchestrators' hourly histograms ({@code TurnStatsAttributes}): one query per category over the
 * hour keys ({@code yyyy-MM-ddTHH}, UTC, which sort as time). Attributes that are not bins are ignored;
 * an item with an unreadable hour or count is skipped with a warning rather than failing a simulation.
 */
public final class DynamoDbConfidenceHistories implements ConfidenceHistories {

    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");
    private static final Logger log = LoggerFactory.getLogger(DynamoDbConfidenceHistories.class);

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbConfidenceHistories(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public List<HourlyHistogram> between(Instant from, Instant to) {
        List<HourlyHistogram> histograms = new ArrayList<>();
        String fromKey = HOUR.format(from.atOffset(ZoneOffset.UTC));
        // hour keys are whole hours: [from, to) is BETWEEN the first and the last hour inside it
        String lastKey = HOUR.format(to.minusSeconds(1).atOffset(ZoneOffset.UTC));
        for (TopicCategory category : TopicCategory.values()) {
            QueryRequest query = QueryRequest.builder()
                    .tableName(table)
                    .keyConditionExpression("#category = :category AND #hour BETWEEN :from AND :last")
                    .expressionAttributeNames(
                            Map.of("#category", TurnStatsAttributes.CATEGORY, "#hour", TurnStatsAttributes.HOUR))
                    .expressionAttributeValues(Map.of(
                            ":category", AttributeValue.fromS(category.code()),
                            ":from", AttributeValue.fromS(fromKey),
                            ":last", AttributeValue.fromS(lastKey)))
                    .build();
            for (Map<String, AttributeValue> item :
                    dynamoDb.queryPaginator(query).items()) {
                try {
                    histograms.add(histogram(category, item));
                } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                    log.warn("Skipping unreadable histogram item of {}: {}", category.code(), unreadable.getMessage());
                }
            }
        }
        return histograms;
    }

    private static HourlyHistogram histogram(TopicCategory category, Map<String, AttributeValue> item) {
        Instant hour = LocalDateTime.parse(item.get(TurnStatsAttributes.HOUR).s() + ":00")
                .toInstant(ZoneOffset.UTC);
        long[] counts = new long[ConfidenceBins.COUNT];
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            String name = attribute.getKey();
            if (name.length() == 5
                    && name.charAt(0) == 'b'
                    && attribute.getValue().n() != null) {
                int bin = Integer.parseInt(name.substring(1));
                if (bin >= 0 && bin < ConfidenceBins.COUNT) {
                    counts[bin] = Long.parseLong(attribute.getValue().n());
                }
            }
        }
        return new HourlyHistogram(category, hour, ConfidenceHistogram.of(counts));
    }
}
