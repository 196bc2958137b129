package com.mangaassist.orchestrator.answering.domain;

import java.util.Objects;

/**
 * A versioned system prompt as served to one turn; its {@link #label()} is recorded with every turn it
 * shaped. Version 0 is the service's built-in text, used while no version is stored.
 */
public record Prompt(String promptId, int version, String text, PromptVariant variant) {

    public Prompt {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(variant, "variant");
        if (version < 0) {
            throw new IllegalArgumentException("prompt versions are not negative: " + version);
        }
    }

    /** An active version. */
    public Prompt(String promptId, int version, String text) {
        this(promptId, version, text, PromptVariant.ACTIVE);
    }

    /** How the version is recorded, for example {@code answering-system@v3}. */
    public String label() {
        return promptId + "@v" + version;
    }
}
