package com.mangaassist.threshold.changerequest.domain;

import java.util.Objects;

/** A new text for {@code promptId}, written against {@code baseVersion} (0 = the built-in default). */
public record PromptChange(String promptId, long baseVersion, String text, String diff) {

    public static final int MAX_TEXT = 20_000;

    public PromptChange {
        if (promptId == null || !promptId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("promptId must be 1-64 lowercase letters, digits or dashes");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("prompt text must be 1-" + MAX_TEXT + " characters");
        }
        if (baseVersion < 0) {
            throw new IllegalArgumentException("baseVersion must not be negative");
        }
        diff = Objects.requireNonNullElse(diff, "");
    }
}
