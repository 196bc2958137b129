package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The thresholds configuration of each topic from the {@code thresholds} table (strongly consistent reads,
 * never a write: the threshold service owns the table); a topic with no item has the built-in defaults as
 * version 0.
 *
 * <p>Corrupt data is never used, and every problem is logged at ERROR and counted in
 * {@value #CORRUPT_ITEMS_METRIC} tagged with the topic:
 *
 * <ul>
 *   <li>a corrupt active part (missing or mistyped attribute, value outside [0, 1], bounds out of order,
 *       bad timestamp, wrong category): the last valid configuration this instance read for the topic
 *       applies instead, or the defaults if there was none;
 *   <li>a corrupt canary or override: that part is dropped, the rest of the item is used.
 * </ul>
 */
public final class DynamoDbThresholds implements Thresholds {

    /** Counter of corrupt thresholds items (or corrupt parts of items) read, tagged {@code topic}. */
    public static final String CORRUPT_ITEMS_METRIC = "mangaassist.routing.thresholds.corrupt";

    private static final Logger log = LoggerFactory.getLogger(DynamoDbThresholds.class);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final MeterRegistry meters;
    private final Map<TopicCategory, ThresholdConfiguration> lastValid = new ConcurrentHashMap<>();

    public DynamoDbThresholds(DynamoDbClient dynamoDb, String table, MeterRegistry meters) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    @Override
    public ThresholdConfiguration current(TopicCategory topic) {
        var response = dynamoDb.getItem(
                b -> b.tableName(table).key(ThresholdItems.key(topic)).consistentRead(true));
        ThresholdConfiguration current;
        if (!response.hasItem() || response.item().isEmpty()) {
            current = ThresholdConfiguration.defaults(topic);
        } else {
            Map<String, AttributeValue> item = response.item();
            ThresholdItems.Read read;
            try {
                read = ThresholdItems.read(topic, item);
            } catch (CorruptThresholdItem corrupt) {
                return fallback(topic, item, corrupt);
            }
            for (String dropped : read.dropped()) {
                corrupt(topic);
                log.error(
                        "Corrupt part of the thresholds item for topic {} in table {} ({}), item {}; the part is"
                                + " ignored, the rest of the item is used",
                        topic.code(),
                        table,
                        dropped,
                        item);
            }
            current = read.configuration();
        }
        lastValid.put(topic, current);
        return current;
    }

    private ThresholdConfiguration fallback(
            TopicCategory topic, Map<String, AttributeValue> item, CorruptThresholdItem corrupt) {
        ThresholdConfiguration fallback = lastValid.getOrDefault(topic, ThresholdConfiguration.defaults(topic));
        corrupt(topic);
        log.error(
                "Corrupt thresholds item for topic {} in table {} ({}), item {}; using version {} instead",
                topic.code(),
                table,
                corrupt.getMessage(),
                item,
                fallback.active().version());
        return fallback;
    }

    private void corrupt(TopicCategory topic) {
        meters.counter(CORRUPT_ITEMS_METRIC, "topic", topic.code()).increment();
    }
}
