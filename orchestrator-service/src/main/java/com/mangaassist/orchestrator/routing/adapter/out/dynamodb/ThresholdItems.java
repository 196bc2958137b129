package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item layout shared by {@code thresholds} (one item per category) and {@code threshold-versions}
 * (one item per category and version): category (S), version (N), auto_respond_min (N), review_min (N),
 * handoff_below (N), updated_at (S, ISO-8601), updated_by (S).
 */
final class ThresholdItems {

    static final String CATEGORY = Resources.THRESHOLDS.partitionKey().name();
    static final String VERSION = "version";
    static final String AUTO_RESPOND_MIN = "auto_respond_min";
    static final String REVIEW_MIN = "review_min";
    static final String HANDOFF_BELOW = "handoff_below";
    static final String UPDATED_AT = "updated_at";
    static final String UPDATED_BY = "updated_by";

    private ThresholdItems() {}

    static Map<String, AttributeValue> key(TopicCategory topic) {
        return Map.of(CATEGORY, AttributeValue.fromS(topic.code()));
    }

    static Map<String, AttributeValue> item(TopicThresholds thresholds) {
        ThresholdSet set = thresholds.thresholds();
        return Map.of(
                CATEGORY, AttributeValue.fromS(thresholds.topic().code()),
                VERSION, AttributeValue.fromN(Long.toString(thresholds.version())),
                AUTO_RESPOND_MIN, AttributeValue.fromN(Double.toString(set.autoRespondMin())),
                REVIEW_MIN, AttributeValue.fromN(Double.toString(set.reviewMin())),
                HANDOFF_BELOW, AttributeValue.fromN(Double.toString(set.handoffBelow())),
                UPDATED_AT, AttributeValue.fromS(thresholds.updatedAt().toString()),
                UPDATED_BY, AttributeValue.fromS(thresholds.updatedBy()));
    }

    static TopicThresholds thresholds(TopicCategory topic, Map<String, AttributeValue> item)
            throws CorruptThresholdItem {
        String category = string(item, CATEGORY);
        if (!topic.code().equals(category)) {
            throw new CorruptThresholdItem("category is '" + category + "', expected '" + topic.code() + "'");
        }
        try {
            ThresholdSet set = new ThresholdSet(
                    Double.parseDouble(number(item, AUTO_RESPOND_MIN)),
                    Double.parseDouble(number(item, REVIEW_MIN)),
                    Double.parseDouble(number(item, HANDOFF_BELOW)));
            return new TopicThresholds(
                    topic,
                    set,
                    Long.parseLong(number(item, VERSION)),
                    Instant.parse(string(item, UPDATED_AT)),
                    string(item, UPDATED_BY));
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            // NumberFormatException is an IllegalArgumentException, as are the value objects' refusals
            throw new CorruptThresholdItem(invalid.getMessage(), invalid);
        }
    }

    private static String number(Map<String, AttributeValue> item, String name) throws CorruptThresholdItem {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new CorruptThresholdItem("attribute " + name + " is missing or not a number");
        }
        return value.n();
    }

    private static String string(Map<String, AttributeValue> item, String name) throws CorruptThresholdItem {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new CorruptThresholdItem("attribute " + name + " is missing or not a string");
        }
        return value.s();
    }
}
