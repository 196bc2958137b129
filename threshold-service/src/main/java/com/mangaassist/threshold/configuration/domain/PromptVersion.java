package com.mangaassist.threshold.configuration.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a system prompt. A {@link PromptStatus#CANARY} version carries its cohort size and end;
 * the text never changes once stored.
 */
public record PromptVersion(
        String promptId,
        long version,
        PromptStatus status,
        String text,
        Instant createdAt,
        String createdBy,
        String changeRequestId,
        Optional<Double> canaryPercent,
        Optional<Instant> canaryUntil) {

    /** Longest prompt text accepted, in characters. */
    public static final int MAX_TEXT = 20_000;

    public PromptVersion {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        changeRequestId = changeRequestId == null ? "" : changeRequestId;
        Objects.requireNonNull(canaryPercent, "canaryPercent");
        Objects.requireNonNull(canaryUntil, "canaryUntil");
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("prompt text must be 1-" + MAX_TEXT + " characters");
        }
        if (version < 1) {
            throw new IllegalArgumentException("stored prompt versions start at 1: " + version);
        }
    }

    /** How turns record it: {@code answering-system@v3}. */
    public String label() {
        return promptId + "@v" + version;
    }

    public PromptVersion withStatus(PromptStatus next) {
        return new PromptVersion(
                promptId,
                version,
                next,
                text,
                createdAt,
                createdBy,
                changeRequestId,
                next == PromptStatus.CANARY ? canaryPercent : Optional.empty(),
                next == PromptStatus.CANARY ? canaryUntil : Optional.empty());
    }
}
