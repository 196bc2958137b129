package com.mangaassist.orchestrator.answering.domain;

import java.util.Objects;

/** A versioned system prompt; its version is recorded with every turn it shaped. */
public record Prompt(String promptId, int version, String text) {

    public Prompt {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        if (version < 1) {
            throw new IllegalArgumentException("prompt versions start at 1: " + version);
        }
    }

    /** How the version is recorded, for example {@code answering-system@v3}. */
    public String label() {
        return promptId + "@v" + version;
    }
}
