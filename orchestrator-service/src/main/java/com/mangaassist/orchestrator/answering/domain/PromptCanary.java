package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.CanaryCohort;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate version of a system prompt, served until {@code until} to the {@link CanaryCohort} of
 * {@code percent} % of sessions salted by its change request.
 */
public record PromptCanary(int version, String text, double percent, Instant until, String changeRequestId) {

    public PromptCanary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(until, "until");
        if (version < 1) {
            throw new IllegalArgumentException("a canary prompt version is 1 or more: " + version);
        }
        if (!(percent >= 0.0 && percent <= 100.0)) {
            throw new IllegalArgumentException("percent must be in [0, 100]: " + percent);
        }
        if (changeRequestId == null || changeRequestId.isBlank()) {
            throw new IllegalArgumentException("changeRequestId must not be blank");
        }
    }

    /** True when the canary is still running at {@code now} and {@code sessionId} is in its cohort. */
    public boolean serves(Instant now, String sessionId) {
        return until.isAfter(now) && CanaryCohort.contains(changeRequestId, sessionId, percent);
    }
}
