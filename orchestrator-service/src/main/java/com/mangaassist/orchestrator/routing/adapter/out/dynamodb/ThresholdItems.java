package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

import static com.mangaassist.model.routing.ThresholdAttributes.AUTO_RESPOND_MIN;
import static com.mangaassist.model.routing.ThresholdAttributes.CANARY;
import static com.mangaassist.model.routing.ThresholdAttributes.CATEGORY;
import static com.mangaassist.model.routing.ThresholdAttributes.CHANGE_REQUEST_ID;
import static com.mangaassist.model.routing.ThresholdAttributes.EXPIRES_AT;
import static com.mangaassist.model.routing.ThresholdAttributes.HANDOFF_BELOW;
import static com.mangaassist.model.routing.ThresholdAttributes.ID;
import static com.mangaassist.model.routing.ThresholdAttributes.KIND;
import static com.mangaassist.model.routing.ThresholdAttributes.OVERRIDES;
import static com.mangaassist.model.routing.ThresholdAttributes.PERCENT;
import static com.mangaassist.model.routing.ThresholdAttributes.REASON;
import static com.mangaassist.model.routing.ThresholdAttributes.REVIEW_MIN;
import static com.mangaassist.model.routing.ThresholdAttributes.UNTIL;
import static com.mangaassist.model.routing.ThresholdAttributes.UPDATED_AT;
import static com.mangaassist.model.routing.ThresholdAttributes.UPDATED_BY;
import static com.mangaassist.model.routing.ThresholdAttributes.VERSION;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.CanaryThresholds;
import com.mangaassist.orchestrator.routing.domain.OverrideKind;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.ThresholdOverride;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a {@code thresholds} item (layout: {@code ThresholdAttributes}, docs/THRESHOLDS.md) into a
 * {@link ThresholdConfiguration}. The active part must be valid or the whole item is
 * {@link CorruptThresholdItem corrupt}. The optional parts are read one by one: a {@code canary} map or an
 * override that fails validation is left out and reported in {@link Read#dropped()}, the rest of the item
 * is used. A {@code NULL} {@code canary} or {@code overrides} is read as absent; an override without
 * {@code reason} is read with an empty one (the reason only informs). The {@code revision} is the
 * writers' concern and is not read.
 */
final class ThresholdItems {

    /** The configuration read from an item, and a description of every optional part left out. */
    record Read(ThresholdConfiguration configuration, List<String> dropped) {
        Read {
            dropped = List.copyOf(dropped);
        }
    }

    private ThresholdItems() {}

    static Map<String, AttributeValue> key(TopicCategory topic) {
        return Map.of(CATEGORY, AttributeValue.fromS(topic.code()));
    }

    static Read read(TopicCategory topic, Map<String, AttributeValue> item) throws CorruptThresholdItem {
        TopicThresholds active = active(topic, item);
        List<String> dropped = new ArrayList<>();
        Optional<CanaryThresholds> canary = Optional.empty();
        AttributeValue canaryValue = present(item, CANARY);
        if (canaryValue != null) {
            try {
                canary = Optional.of(canary(map(canaryValue, CANARY)));
            } catch (CorruptThresholdItem corrupt) {
                dropped.add("canary: " + corrupt.getMessage());
            }
        }
        List<ThresholdOverride> overrides = new ArrayList<>();
        AttributeValue overridesValue = present(item, OVERRIDES);
        if (overridesValue != null) {
            if (!overridesValue.hasL()) {
                dropped.add("overrides: not a list");
            } else {
                List<AttributeValue> entries = overridesValue.l();
                for (int i = 0; i < entries.size(); i++) {
                    try {
                        overrides.add(override(map(entries.get(i), OVERRIDES + "[" + i + "]")));
                    } catch (CorruptThresholdItem corrupt) {
                        dropped.add(OVERRIDES + "[" + i + "]: " + corrupt.getMessage());
                    }
                }
            }
        }
        return new Read(new ThresholdConfiguration(active, canary, overrides), dropped);
    }

    private static TopicThresholds active(TopicCategory topic, Map<String, AttributeValue> item)
            throws CorruptThresholdItem {
        String category = string(item, CATEGORY);
        if (!topic.code().equals(category)) {
            throw new CorruptThresholdItem("category is '" + category + "', expected '" + topic.code() + "'");
        }
        try {
            return new TopicThresholds(
                    topic,
                    bounds(item),
                    Long.parseLong(number(item, VERSION)),
                    Instant.parse(string(item, UPDATED_AT)),
                    string(item, UPDATED_BY));
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            // NumberFormatException is an IllegalArgumentException, as are the value objects' refusals
            throw new CorruptThresholdItem(invalid.getMessage(), invalid);
        }
    }

    private static CanaryThresholds canary(Map<String, AttributeValue> canary) throws CorruptThresholdItem {
        try {
            return new CanaryThresholds(
                    Long.parseLong(number(canary, VERSION)),
                    bounds(canary),
                    Double.parseDouble(number(canary, PERCENT)),
                    Instant.parse(string(canary, UNTIL)),
                    string(canary, CHANGE_REQUEST_ID));
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            throw new CorruptThresholdItem(invalid.getMessage(), invalid);
        }
    }

    private static ThresholdOverride override(Map<String, AttributeValue> override) throws CorruptThresholdItem {
        String id = string(override, ID);
        String kind = string(override, KIND);
        OverrideKind known = OverrideKind.fromStored(kind)
                .orElseThrow(() -> new CorruptThresholdItem("override " + id + " has unknown kind '" + kind + "'"));
        AttributeValue reason = present(override, REASON);
        try {
            return new ThresholdOverride(
                    id,
                    known,
                    bounds(override),
                    Instant.parse(string(override, EXPIRES_AT)),
                    reason == null || reason.s() == null ? "" : reason.s());
        } catch (IllegalArgumentException | DateTimeParseException invalid) {
            throw new CorruptThresholdItem("override " + id + ": " + invalid.getMessage(), invalid);
        }
    }

    private static ThresholdSet bounds(Map<String, AttributeValue> attributes) throws CorruptThresholdItem {
        return new ThresholdSet(
                Double.parseDouble(number(attributes, AUTO_RESPOND_MIN)),
                Double.parseDouble(number(attributes, REVIEW_MIN)),
                Double.parseDouble(number(attributes, HANDOFF_BELOW)));
    }

    /** The attribute, or null when it is missing or stored as {@code NULL}. */
    private static AttributeValue present(Map<String, AttributeValue> attributes, String name) {
        AttributeValue value = attributes.get(name);
        return value == null || Boolean.TRUE.equals(value.nul()) ? null : value;
    }

    private static Map<String, AttributeValue> map(AttributeValue value, String what) throws CorruptThresholdItem {
        if (!value.hasM()) {
            throw new CorruptThresholdItem(what + " is not a map");
        }
        return value.m();
    }

    private static String number(Map<String, AttributeValue> attributes, String name) throws CorruptThresholdItem {
        AttributeValue value = attributes.get(name);
        if (value == null || value.n() == null) {
            throw new CorruptThresholdItem("attribute " + name + " is missing or not a number");
        }
        return value.n();
    }

    private static String string(Map<String, AttributeValue> attributes, String name) throws CorruptThresholdItem {
        AttributeValue value = attributes.get(name);
        if (value == null || value.s() == null) {
            throw new CorruptThresholdItem("attribute " + name + " is missing or not a string");
        }
        return value.s();
    }
}
