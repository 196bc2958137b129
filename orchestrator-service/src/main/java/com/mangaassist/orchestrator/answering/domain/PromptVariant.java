package com.mangaassist.orchestrator.answering.domain;

/** Which version of a system prompt a turn was answered with (recorded as {@code prompt_variant}). */
public enum PromptVariant {
    /** The active version (the highest stored {@code ACTIVE} one, or the built-in text as version 0). */
    ACTIVE,
    /** A canary version, because the turn's session is in the canary's cohort. */
    CANARY
}
