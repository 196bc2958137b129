package com.mangaassist.model.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** A review by a reviewer (with a workflow task token), or a live handoff for an agent (no token). */
public enum ReviewRequestKind {
    REVIEW,
    HANDOFF;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ReviewRequestKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review request kind: " + code));
    }
}
