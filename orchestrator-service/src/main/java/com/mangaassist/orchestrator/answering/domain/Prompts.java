package com.mangaassist.orchestrator.answering.domain;

/** The version of a system prompt that serves a turn. Changes are governed elsewhere (change control). */
public interface Prompts {

    /** The version of {@code promptId} for a turn of {@code sessionId}: a canary for its cohort, else the active one. */
    Prompt forSession(String promptId, String sessionId);
}
