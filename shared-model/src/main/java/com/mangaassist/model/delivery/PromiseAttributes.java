package com.mangaassist.model.delivery;

/**
 * Attribute names of the {@code delivery-promises} table, written by the orchestrator and updated
 * by the delivery-watchdog. Partition key {@code message_id}; GSI {@code by-status-due} on
 * ({@code status}, {@code due_at}) so the watchdog queries pending-and-overdue promises by key.
 * Times are ISO-8601 UTC strings (they sort as text); {@code attempts} is a number.
 */
public final class PromiseAttributes {

    public static final String MESSAGE_ID = "message_id";
    public static final String SESSION_ID = "session_id";
    public static final String USER_ID = "user_id";
    public static final String CONNECTION_ID = "connection_id";
    public static final String CREATED_AT = "created_at";
    public static final String DUE_AT = "due_at";
    /** {@link PromiseStatus} name. */
    public static final String STATUS = "status";

    public static final String ATTEMPTS = "attempts";
    /** How it was (or will be) kept: {@code websocket}, {@code inbox}, {@code email}, {@code inbox+email}. */
    public static final String CHANNEL = "channel";
    /** {@code review} or {@code handoff}: what the customer was told. */
    public static final String PROMISE_KIND = "promise_kind";
    /** Customer's language ({@code ja} / {@code en}). */
    public static final String LANG = "lang";
    /** The AI draft, so a fallback always has something true to say. */
    public static final String DRAFT = "draft";

    public static final String LAST_HEARTBEAT_AT = "last_heartbeat_at";
    public static final String DELIVERED_AT = "delivered_at";

    private PromiseAttributes() {}
}
