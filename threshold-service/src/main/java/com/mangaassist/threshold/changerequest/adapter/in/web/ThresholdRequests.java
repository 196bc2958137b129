package com.mangaassist.threshold.changerequest.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.application.ProposeCommand;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code changes} of a thresholds proposal or simulation: {@code {"general": {"autoRespondMin":
 * 0.95}, ...}} — known category codes only, the bounds {@code autoRespondMin}, {@code reviewMin},
 * {@code handoffBelow} as numbers in [0, 1]; anything else is a 400 naming what is wrong.
 */
public final class ThresholdRequests {

    private static final Set<String> BOUNDS = Set.of("autoRespondMin", "reviewMin", "handoffBelow");

    private ThresholdRequests() {}

    public static Map<TopicCategory, ProposeCommand.ThresholdPatch> patches(JsonNode changes) {
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "changes must name at least one category");
        }
        Map<TopicCategory, ProposeCommand.ThresholdPatch> patches = new EnumMap<>(TopicCategory.class);
        for (Map.Entry<String, JsonNode> entry : changes.properties()) {
            TopicCategory category = TopicCategory.fromCode(entry.getKey())
                    .orElseThrow(() -> ApiProblem.badRequest(
                            "UNKNOWN_CATEGORY", "unknown category '" + shortened(entry.getKey()) + "'"));
            JsonNode bounds = entry.getValue();
            if (bounds == null || !bounds.isObject()) {
                throw ApiProblem.badRequest("INVALID_REQUEST", category.code() + " must be an object of bounds");
            }
            for (String name : bounds.propertyNames()) {
                if (!BOUNDS.contains(name)) {
                    throw ApiProblem.badRequest(
                            "INVALID_REQUEST", "unknown bound '" + shortened(name) + "'; use " + BOUNDS);
                }
            }
            try {
                patches.put(
                        category,
                        new ProposeCommand.ThresholdPatch(
                                bound(bounds, "autoRespondMin"),
                                bound(bounds, "reviewMin"),
                                bound(bounds, "handoffBelow")));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("INVALID_REQUEST", category.code() + ": " + e.getMessage());
            }
        }
        return patches;
    }

    static String text(JsonNode changes, String name) {
        JsonNode value = changes.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ApiProblem.badRequest("INVALID_REQUEST", name + " must be a string");
        }
        return value.asString();
    }

    private static OptionalDouble bound(JsonNode bounds, String name) {
        JsonNode value = bounds.get(name);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || !(value.asDouble() >= 0.0 && value.asDouble() <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a number in [0, 1]");
        }
        return OptionalDouble.of(value.asDouble());
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
