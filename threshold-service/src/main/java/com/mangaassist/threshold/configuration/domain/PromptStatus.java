package com.mangaassist.threshold.configuration.domain;

/** Where a prompt version stands; the active prompt is the highest {@link #ACTIVE} version. */
public enum PromptStatus {
    ACTIVE,
    CANARY,
    RETIRED
}
