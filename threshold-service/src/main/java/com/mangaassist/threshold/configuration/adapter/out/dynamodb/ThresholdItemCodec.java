package com.mangaassist.threshold.configuration.adapter.out.dynamodb;

import static com.mangaassist.model.routing.ThresholdAttributes.AUTO_RESPOND_MIN;
import static com.mangaassist.model.routing.ThresholdAttributes.CANARY;
import static com.mangaassist.model.routing.ThresholdAttributes.CATEGORY;
import static com.mangaassist.model.routing.ThresholdAttributes.CHANGE_REASON;
import static com.mangaassist.model.routing.ThresholdAttributes.CHANGE_REQUEST_ID;
import static com.mangaassist.model.routing.ThresholdAttributes.EXPIRES_AT;
import static com.mangaassist.model.routing.ThresholdAttributes.HANDOFF_BELOW;
import static com.mangaassist.model.routing.ThresholdAttributes.ID;
import static com.mangaassist.model.routing.ThresholdAttributes.KIND;
import static com.mangaassist.model.routing.ThresholdAttributes.OVERRIDES;
import static com.mangaassist.model.routing.ThresholdAttributes.PERCENT;
import static com.mangaassist.model.routing.ThresholdAttributes.REASON;
import static com.mangaassist.model.routing.ThresholdAttributes.REVIEW_MIN;
import static com.mangaassist.model.routing.ThresholdAttributes.REVISION;
import static com.mangaassist.model.routing.ThresholdAttributes.UNTIL;
import static com.mangaassist.model.routing.ThresholdAttributes.UPDATED_AT;
import static com.mangaassist.model.routing.ThresholdAttributes.UPDATED_BY;
import static com.mangaassist.model.routing.ThresholdAttributes.VERSION;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.OverrideKind;
import com.mangaassist.threshold.configuration.domain.ThresholdCanary;
import com.mangaassist.threshold.configuration.domain.ThresholdOverride;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item layout of docs/THRESHOLDS.md, both ways. Reading is strict: a bad item is an exception. */
final class ThresholdItemCodec {

    private ThresholdItemCodec() {}

    static Map<String, AttributeValue> item(CategoryConfiguration configuration, long revision) {
        Map<String, AttributeValue> item = new HashMap<>(versionAttributes(configuration.active()));
        item.put(REVISION, n(revision));
        configuration.canary().ifPresent(canary -> {
            Map<String, AttributeValue> map = new HashMap<>(bounds(canary.thresholds()));
            map.put(VERSION, n(canary.version()));
            map.put(PERCENT, AttributeValue.fromN(Double.toString(canary.percent())));
            map.put(UNTIL, s(canary.until().toString()));
            map.put(CHANGE_REQUEST_ID, s(canary.changeRequestId()));
            item.put(CANARY, AttributeValue.fromM(map));
        });
        if (!configuration.overrides().isEmpty()) {
            List<AttributeValue> list = new ArrayList<>();
            for (ThresholdOverride override : configuration.overrides()) {
                Map<String, AttributeValue> map = new HashMap<>(bounds(override.thresholds()));
                map.put(ID, s(override.id()));
                map.put(KIND, s(override.kind().name()));
                map.put(EXPIRES_AT, s(override.expiresAt().toString()));
                map.put(REASON, s(override.reason()));
                list.add(AttributeValue.fromM(map));
            }
            item.put(OVERRIDES, AttributeValue.fromL(list));
        }
        return item;
    }

    /** A history item: the version's attributes plus why and from which change request. */
    static Map<String, AttributeValue> historyItem(ThresholdVersion version) {
        Map<String, AttributeValue> item = new HashMap<>(versionAttributes(version));
        item.put(CHANGE_REQUEST_ID, s(version.changeRequestId()));
        item.put(CHANGE_REASON, s(version.reason()));
        return item;
    }

    static CategoryConfiguration configuration(TopicCategory category, Map<String, AttributeValue> item) {
        ThresholdVersion active = version(category, item);
        Optional<ThresholdCanary> canary = Optional.ofNullable(item.get(CANARY))
                .map(AttributeValue::m)
                .map(map -> new ThresholdCanary(
                        number(map, VERSION).longValue(),
                        set(map),
                        number(map, PERCENT).doubleValue(),
                        Instant.parse(string(map, UNTIL)),
                        string(map, CHANGE_REQUEST_ID)));
        List<ThresholdOverride> overrides = new ArrayList<>();
        if (item.containsKey(OVERRIDES) && item.get(OVERRIDES).hasL()) {
            for (AttributeValue value : item.get(OVERRIDES).l()) {
                Map<String, AttributeValue> map = value.m();
                overrides.add(new ThresholdOverride(
                        string(map, ID),
                        OverrideKind.valueOf(string(map, KIND)),
                        set(map),
                        Instant.parse(string(map, EXPIRES_AT)),
                        string(map, REASON)));
            }
        }
        long revision = item.containsKey(REVISION) ? number(item, REVISION).longValue() : 1;
        return new CategoryConfiguration(category, active, canary, overrides, revision);
    }

    static ThresholdVersion version(TopicCategory category, Map<String, AttributeValue> item) {
        if (!category.code().equals(string(item, CATEGORY))) {
            throw new IllegalArgumentException("item of " + string(item, CATEGORY) + " read as " + category.code());
        }
        return new ThresholdVersion(
                category,
                number(item, VERSION).longValue(),
                set(item),
                Instant.parse(string(item, UPDATED_AT)),
                string(item, UPDATED_BY),
                item.containsKey(CHANGE_REQUEST_ID) ? string(item, CHANGE_REQUEST_ID) : "",
                item.containsKey(CHANGE_REASON) ? string(item, CHANGE_REASON) : "");
    }

    private static Map<String, AttributeValue> versionAttributes(ThresholdVersion version) {
        Map<String, AttributeValue> item = new HashMap<>(bounds(version.thresholds()));
        item.put(CATEGORY, s(version.category().code()));
        item.put(VERSION, n(version.version()));
        item.put(UPDATED_AT, s(version.createdAt().toString()));
        item.put(UPDATED_BY, s(version.createdBy()));
        return item;
    }

    private static Map<String, AttributeValue> bounds(ThresholdSet set) {
        return Map.of(
                AUTO_RESPOND_MIN, AttributeValue.fromN(Double.toString(set.autoRespondMin())),
                REVIEW_MIN, AttributeValue.fromN(Double.toString(set.reviewMin())),
                HANDOFF_BELOW, AttributeValue.fromN(Double.toString(set.handoffBelow())));
    }

    private static ThresholdSet set(Map<String, AttributeValue> map) {
        return new ThresholdSet(
                number(map, AUTO_RESPOND_MIN).doubleValue(),
                number(map, REVIEW_MIN).doubleValue(),
                number(map, HANDOFF_BELOW).doubleValue());
    }

    private static Double number(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalArgumentException("attribute " + name + " is missing or not a number");
        }
        return Double.valueOf(value.n());
    }

    private static String string(Map<String, AttributeValue> map, String name) {
        AttributeValue value = map.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalArgumentException("attribute " + name + " is missing or not a string");
        }
        return value.s();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
