package com.mangaassist.threshold.signals.adapter.out.dynamodb;

import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import com.mangaassist.threshold.signals.domain.ReviewSnapshot;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code review-signals} item as a {@link ReviewSnapshot}: the {@code snapshot} attribute is the JSON of
 * the review service's {@code QueueStats} (docs/REVIEW-QUEUE.md, "Signals"). Fields this service does not
 * use, and priorities it does not know, are ignored, so the review service may add to the record; every
 * field it does use must be there with a value in range.
 */
final class SnapshotJson {

    private final JsonMapper json;

    SnapshotJson(JsonMapper json) {
        this.json = json;
    }

    ReviewSnapshot read(Map<String, AttributeValue> item) {
        String instanceId = string(item, ReviewSignalAttributes.INSTANCE_ID, "(no instance id)");
        String text = string(item, ReviewSignalAttributes.SNAPSHOT, instanceId);
        try {
            JsonNode root = json.readTree(text);
            if (root == null || !root.isObject()) {
                throw new UnreadableSnapshotException(instanceId, "snapshot is not a JSON object");
            }
            return new ReviewSnapshot(
                    instanceId,
                    instant(instanceId, root, "at"),
                    perPriority(instanceId, object(instanceId, root, "perPriority")),
                    Math.toIntExact(whole(instanceId, root, "activeReviewers")),
                    Math.toIntExact(whole(instanceId, root, "minimumStaffing")),
                    throughput(instanceId, object(instanceId, root, "throughputPerReviewerPerHour")),
                    decimal(instanceId, root, "approvedUnchangedRate"));
        } catch (JacksonException | IllegalArgumentException | ArithmeticException e) {
            // not JSON, or numbers the records refuse (negative, out of range, too large for an int)
            throw new UnreadableSnapshotException(instanceId, e.getMessage());
        }
    }

    private static Map<Priority, PriorityLoad> perPriority(String instanceId, JsonNode node) {
        Map<Priority, PriorityLoad> loads = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            JsonNode load = object(instanceId, node, priority.name());
            loads.put(
                    priority,
                    new PriorityLoad(
                            whole(instanceId, load, "depth"),
                            whole(instanceId, load, "oldestAgeSeconds"),
                            decimal(instanceId, load, "arrivalsPerMinute"),
                            decimal(instanceId, load, "completionsPerMinute")));
        }
        return loads;
    }

    private static Map<String, Double> throughput(String instanceId, JsonNode node) {
        Map<String, Double> perReviewer = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            perReviewer.put(entry.getKey(), decimal(instanceId, node, entry.getKey()));
        }
        return perReviewer;
    }

    private static String string(Map<String, AttributeValue> item, String name, String instanceId) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null || value.s().isBlank()) {
            throw new UnreadableSnapshotException(instanceId, "attribute " + name + " missing or not a string");
        }
        return value.s();
    }

    private static JsonNode object(String instanceId, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new UnreadableSnapshotException(instanceId, field + " missing or not an object");
        }
        return node;
    }

    private static Instant instant(String instanceId, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            throw new UnreadableSnapshotException(instanceId, field + " missing or not a string");
        }
        try {
            return Instant.parse(node.asString());
        } catch (DateTimeParseException e) {
            throw new UnreadableSnapshotException(instanceId, field + " is not an ISO-8601 instant: " + node);
        }
    }

    private static long whole(String instanceId, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new UnreadableSnapshotException(instanceId, field + " missing or not a whole number");
        }
        return node.asLong();
    }

    private static double decimal(String instanceId, JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new UnreadableSnapshotException(instanceId, field + " missing or not a finite number");
        }
        return node.asDouble();
    }

    /** The item does not hold a readable snapshot; the message names the instance and what is wrong. */
    static final class UnreadableSnapshotException extends RuntimeException {

        UnreadableSnapshotException(String instanceId, String problem) {
            super("review signals of " + instanceId + ": " + problem);
        }
    }
}
