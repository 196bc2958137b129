package com.mangaassist.orchestrator.answering.domain;

import java.time.Clock;
import java.util.Objects;

/** Picks the prompt version per turn from the {@link PromptLibrary}, at the injected clock's now. */
public final class SessionPrompts implements Prompts {

    private final PromptLibrary library;
    private final Clock clock;

    public SessionPrompts(PromptLibrary library, Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Prompt forSession(String promptId, String sessionId) {
        return library.versions(promptId).forSession(clock.instant(), sessionId);
    }
}
