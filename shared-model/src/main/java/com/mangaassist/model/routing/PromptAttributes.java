package com.mangaassist.model.routing;

/**
 * Attribute names of the {@code prompts} table (partition {@link #PROMPT_ID}, sort {@link #VERSION}),
 * written only by the threshold service. {@link #STATUS} is {@code ACTIVE}, {@code CANARY} or
 * {@code RETIRED}: the active version is the highest {@code ACTIVE} one (a rollback retires the top
 * one, so the one below is active again); a {@code CANARY} version is served to a {@link CanaryCohort}
 * of {@link #PERCENT} % of sessions (salt {@link #CHANGE_REQUEST_ID}) until {@link #UNTIL}. Without any
 * stored version the orchestrator uses its built-in text as version 0.
 */
public final class PromptAttributes {

    public static final String PROMPT_ID = "prompt_id";
    public static final String VERSION = "version";
    public static final String STATUS = "status";
    public static final String TEXT = "text";
    public static final String CREATED_AT = "created_at";
    public static final String CREATED_BY = "created_by";
    public static final String CHANGE_REQUEST_ID = "change_request_id";
    public static final String PERCENT = "percent";
    public static final String UNTIL = "until";

    public static final String ACTIVE = "ACTIVE";
    public static final String CANARY = "CANARY";
    public static final String RETIRED = "RETIRED";

    private PromptAttributes() {}
}
