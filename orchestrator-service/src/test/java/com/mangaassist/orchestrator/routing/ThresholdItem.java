package com.mangaassist.orchestrator.routing;

import com.mangaassist.model.routing.ThresholdAttributes;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds {@code thresholds} items in the layout of docs/THRESHOLDS.md, as the threshold service writes them,
 * with the plain SDK's attribute values (tests only: the orchestrator never writes this table).
 */
public final class ThresholdItem {

    private final Map<String, AttributeValue> item = new HashMap<>();
    private final List<AttributeValue> overrides = new ArrayList<>();

    private ThresholdItem(TopicCategory topic, long version, ThresholdSet active) {
        item.put(ThresholdAttributes.CATEGORY, AttributeValue.fromS(topic.code()));
        item.put(ThresholdAttributes.VERSION, n(version));
        bounds(item, active);
        item.put(ThresholdAttributes.UPDATED_AT, AttributeValue.fromS("2026-11-28T10:00:00Z"));
        item.put(ThresholdAttributes.UPDATED_BY, AttributeValue.fromS("ml-lead"));
        item.put(ThresholdAttributes.REVISION, n(version));
    }

    /** An item whose active version is {@code version} with {@code active} bounds. */
    public static ThresholdItem active(TopicCategory topic, long version, ThresholdSet active) {
        return new ThresholdItem(topic, version, active);
    }

    public ThresholdItem canary(
            long version, ThresholdSet bounds, double percent, Instant until, String changeRequest) {
        Map<String, AttributeValue> canary = new HashMap<>();
        canary.put(ThresholdAttributes.VERSION, n(version));
        bounds(canary, bounds);
        canary.put(ThresholdAttributes.PERCENT, AttributeValue.fromN(Double.toString(percent)));
        canary.put(ThresholdAttributes.UNTIL, AttributeValue.fromS(until.toString()));
        canary.put(ThresholdAttributes.CHANGE_REQUEST_ID, AttributeValue.fromS(changeRequest));
        item.put(ThresholdAttributes.CANARY, AttributeValue.fromM(canary));
        return this;
    }

    public ThresholdItem override(String id, String kind, ThresholdSet bounds, Instant expiresAt) {
        Map<String, AttributeValue> override = new HashMap<>();
        override.put(ThresholdAttributes.ID, AttributeValue.fromS(id));
        override.put(ThresholdAttributes.KIND, AttributeValue.fromS(kind));
        bounds(override, bounds);
        override.put(ThresholdAttributes.EXPIRES_AT, AttributeValue.fromS(expiresAt.toString()));
        override.put(ThresholdAttributes.REASON, AttributeValue.fromS("test " + id));
        return rawOverride(AttributeValue.fromM(override));
    }

    /** Adds any value to the {@code overrides} list, valid or not. */
    public ThresholdItem rawOverride(AttributeValue override) {
        overrides.add(override);
        return this;
    }

    /** Sets any top-level attribute, valid or not. */
    public ThresholdItem with(String attribute, AttributeValue value) {
        item.put(attribute, value);
        return this;
    }

    /** Sets a raw number on the active part, so that it can be out of order or out of range. */
    public ThresholdItem withNumber(String attribute, String number) {
        return with(attribute, AttributeValue.fromN(number));
    }

    public Map<String, AttributeValue> build() {
        Map<String, AttributeValue> built = new HashMap<>(item);
        if (!overrides.isEmpty()) {
            built.put(ThresholdAttributes.OVERRIDES, AttributeValue.fromL(List.copyOf(overrides)));
        }
        return built;
    }

    private static void bounds(Map<String, AttributeValue> into, ThresholdSet bounds) {
        into.put(ThresholdAttributes.AUTO_RESPOND_MIN, AttributeValue.fromN(Double.toString(bounds.autoRespondMin())));
        into.put(ThresholdAttributes.REVIEW_MIN, AttributeValue.fromN(Double.toString(bounds.reviewMin())));
        into.put(ThresholdAttributes.HANDOFF_BELOW, AttributeValue.fromN(Double.toString(bounds.handoffBelow())));
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
