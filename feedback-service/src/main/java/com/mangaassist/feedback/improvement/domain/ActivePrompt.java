package com.mangaassist.feedback.improvement.domain;

import java.util.Objects;

/** The system prompt in force: its id, version and text. */
public record ActivePrompt(String promptId, long version, String text) {

    public ActivePrompt {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
    }
}
