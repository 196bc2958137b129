package com.mangaassist.reviewqueue.task.adapter.in.sqs;

import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a queue message body into a {@link ReviewRequest}, accepting enum values by code or by name
 * ({@code refund} or {@code REFUND}) since the state machine copies whatever the execution input held.
 */
final class ReviewRequestMessages {

    private final JsonMapper json;

    ReviewRequestMessages(JsonMapper json) {
        this.json = json;
    }

    /** Empty when the body is not a review request at all. */
    Optional<ReviewRequest> parse(String body, ReviewRequestKind expectedKind) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        ReviewRequestKind kind = text(node, "kind")
                .flatMap(k -> Arrays.stream(ReviewRequestKind.values())
                        .filter(v -> v.code().equalsIgnoreCase(k))
                        .findFirst())
                .orElse(expectedKind);
        Priority priority = text(node, "priority")
                .flatMap(p -> Arrays.stream(Priority.values())
                        .filter(v -> v.name().equalsIgnoreCase(p))
                        .findFirst())
                .orElse(null);
        TopicCategory topic = text(node, "topic")
                .flatMap(t -> TopicCategory.fromCode(t.toLowerCase(Locale.ROOT)))
                .orElse(null);
        return Optional.of(new ReviewRequest(
                kind,
                text(node, "taskToken").orElse(null),
                text(node, "messageId").orElse(null),
                text(node, "sessionId").orElse(null),
                text(node, "userId").orElse(null),
                priority,
                topic,
                number(node, "confidence"),
                number(node, "rawScore"),
                text(node, "question").orElse(null),
                text(node, "draftAnswer").orElse(null),
                text(node, "lang").orElse(null),
                text(node, "createdAt").orElse(null),
                node.hasNonNull("timeoutSeconds") ? node.get("timeoutSeconds").asLong() : null));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? 0 : value.asDouble();
    }
}
