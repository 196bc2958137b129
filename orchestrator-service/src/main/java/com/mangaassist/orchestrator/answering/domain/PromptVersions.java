package com.mangaassist.orchestrator.answering.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The versions of one system prompt that can serve a turn: the active one and any canaries. Read and
 * cached as a whole; {@link #forSession} decides per turn, so a canary ends exactly on time.
 *
 * @param active the active version (variant {@link PromptVariant#ACTIVE})
 * @param canaries the stored canary versions, running or not
 */
public record PromptVersions(Prompt active, List<PromptCanary> canaries) {

    public PromptVersions {
        Objects.requireNonNull(active, "active");
        if (active.variant() != PromptVariant.ACTIVE) {
            throw new IllegalArgumentException("the active version must have the ACTIVE variant: " + active.label());
        }
        canaries = List.copyOf(canaries);
    }

    /** Only an active version. */
    public static PromptVersions of(Prompt active) {
        return new PromptVersions(active, List.of());
    }

    /**
     * The version for a turn of {@code sessionId} at {@code now}: of the canaries still running whose cohort
     * holds the session, the highest version; otherwise the active one.
     */
    public Prompt forSession(Instant now, String sessionId) {
        return canaries.stream()
                .filter(canary -> canary.serves(now, sessionId))
                .max(Comparator.comparingInt(PromptCanary::version))
                .map(canary -> new Prompt(active.promptId(), canary.version(), canary.text(), PromptVariant.CANARY))
                .orElse(active);
    }
}
