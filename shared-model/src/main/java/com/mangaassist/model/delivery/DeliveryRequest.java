package com.mangaassist.model.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A message on the {@code deliveries} queue. Response kinds ({@code reviewed}, {@code delayed},
 * {@code handoff}) name the customer's turn by {@code messageId} and carry the text; {@code delayed}
 * also carries both disclaimers. {@code inbox_drain} names a user and their new connection instead.
 *
 * <p>JSON example, as the review state machine's {@code Deliver} state sends it:
 * {@code {"messageId":"m-1","kind":"reviewed","text":"..."}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryRequest(
        String messageId,
        DeliveryKind kind,
        String text,
        String textJa,
        String disclaimer,
        String disclaimerJa,
        String userId,
        String connectionId) {

    /** Longest text accepted on the queue (the management API refuses frames over 128 KB). */
    public static final int MAX_TEXT_CHARS = 20_000;

    public DeliveryRequest {
        Objects.requireNonNull(kind, "kind");
        if (kind == DeliveryKind.INBOX_DRAIN) {
            requireText(userId, "userId");
            requireText(connectionId, "connectionId");
        } else {
            requireText(messageId, "messageId");
            requireText(text, "text");
            if (text.length() > MAX_TEXT_CHARS) {
                throw new IllegalArgumentException("text longer than " + MAX_TEXT_CHARS + " characters");
            }
        }
        if (kind == DeliveryKind.DELAYED) {
            requireText(disclaimer, "disclaimer");
            requireText(disclaimerJa, "disclaimerJa");
        }
    }

    public static DeliveryRequest reviewed(String messageId, String text) {
        return new DeliveryRequest(messageId, DeliveryKind.REVIEWED, text, null, null, null, null, null);
    }

    public static DeliveryRequest delayed(String messageId, String text, String disclaimer, String disclaimerJa) {
        return new DeliveryRequest(messageId, DeliveryKind.DELAYED, text, null, disclaimer, disclaimerJa, null, null);
    }

    public static DeliveryRequest handoff(String messageId, String text, String textJa) {
        return new DeliveryRequest(messageId, DeliveryKind.HANDOFF, text, textJa, null, null, null, null);
    }

    public static DeliveryRequest inboxDrain(String userId, String connectionId) {
        return new DeliveryRequest(null, DeliveryKind.INBOX_DRAIN, null, null, null, null, userId, connectionId);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
