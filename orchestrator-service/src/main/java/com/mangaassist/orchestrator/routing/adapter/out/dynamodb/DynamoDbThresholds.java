package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The current thresholds from the {@code thresholds} table (strongly consistent reads); a topic with no
 * item has the default seed. An item that fails validation is never used: the last valid thresholds
 * this instance read for the topic apply instead (the default seed if there were none), the problem is
 * logged at ERROR and counted in {@value #CORRUPT_ITEMS_METRIC} tagged with the topic.
 */
public final class DynamoDbThresholds implements Thresholds {

    /** Counter of corrupt thresholds items read, tagged {@code topic}. */
    public static final String CORRUPT_ITEMS_METRIC = "mangaassist.routing.thresholds.corrupt";

    private static final Logger log = LoggerFactory.getLogger(DynamoDbThresholds.class);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final MeterRegistry meters;
    private final Map<TopicCategory, TopicThresholds> lastValid = new ConcurrentHashMap<>();

    public DynamoDbThresholds(DynamoDbClient dynamoDb, String table, MeterRegistry meters) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    @Override
    public TopicThresholds current(TopicCategory topic) {
        var response = dynamoDb.getItem(
                b -> b.tableName(table).key(ThresholdItems.key(topic)).consistentRead(true));
        TopicThresholds current;
        if (!response.hasItem() || response.item().isEmpty()) {
            current = TopicThresholds.defaults(topic);
        } else {
            Map<String, AttributeValue> item = response.item();
            try {
                current = ThresholdItems.thresholds(topic, item);
            } catch (CorruptThresholdItem corrupt) {
                return fallback(topic, item, corrupt);
            }
        }
        lastValid.put(topic, current);
        return current;
    }

    private TopicThresholds fallback(
            TopicCategory topic, Map<String, AttributeValue> item, CorruptThresholdItem corrupt) {
        TopicThresholds fallback = lastValid.getOrDefault(topic, TopicThresholds.defaults(topic));
        meters.counter(CORRUPT_ITEMS_METRIC, "topic", topic.code()).increment();
        log.error(
                "Corrupt thresholds item for topic {} in table {} ({}), item {}; using version {} instead",
                topic.code(),
                table,
                corrupt.getMessage(),
                item,
                fallback.version());
        return fallback;
    }
}
