package com.mangaassist.model.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a {@link DeliveryRequest} carries; serialised lower case, as the state machine writes it. */
public enum DeliveryKind {
    /** A reviewer approved or edited the answer: {@code reviewed_response}. */
    REVIEWED,
    /** The AI draft with disclaimers (review timed out or failed): {@code delayed_response}. */
    DELAYED,
    /** A person takes over (review rejected the draft, or live handoff): {@code handoff}. */
    HANDOFF,
    /** The user connected again: deliver what waits in their inbox to {@code connectionId}. */
    INBOX_DRAIN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery kind: " + code));
    }
}
