package com.mangaassist.orchestrator.answering.domain;

/** The stored versions of system prompts (read only: the threshold service writes them). */
public interface PromptLibrary {

    /**
     * The versions of {@code promptId} that can serve: the highest stored {@code ACTIVE} version, or the
     * service's built-in text as version 0 when none is stored, and the stored canaries. Never null.
     */
    PromptVersions versions(String promptId);
}
