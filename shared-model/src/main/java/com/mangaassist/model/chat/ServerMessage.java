package com.mangaassist.model.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message from the suite to a customer's connection. Serialised as JSON with a {@code type}
 * property naming the kind; every kind except {@code error} carries the turn's {@code messageId} so
 * that a client can drop duplicates.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Answer.class, name = "answer"),
    @JsonSubTypes.Type(value = ReviewAcknowledgment.class, name = "review_acknowledgment"),
    @JsonSubTypes.Type(value = Heartbeat.class, name = "heartbeat"),
    @JsonSubTypes.Type(value = ReviewedResponse.class, name = "reviewed_response"),
    @JsonSubTypes.Type(value = DelayedResponse.class, name = "delayed_response"),
    @JsonSubTypes.Type(value = HandoffNotice.class, name = "handoff"),
    @JsonSubTypes.Type(value = ErrorMessage.class, name = "error")
})
public sealed interface ServerMessage
        permits Answer,
                ReviewAcknowledgment,
                Heartbeat,
                ReviewedResponse,
                DelayedResponse,
                HandoffNotice,
                ErrorMessage {}
