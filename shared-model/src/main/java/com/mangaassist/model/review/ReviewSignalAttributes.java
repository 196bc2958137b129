package com.mangaassist.model.review;

/**
 * Attribute names of the {@code review-signals} table: one item per review-queue-service instance,
 * rewritten on every stats refresh. {@link #SNAPSHOT} is the JSON of {@code GET /api/reviews/stats} (the
 * {@code QueueStats} record; docs/REVIEW-QUEUE.md "Signals"), {@link #AT} when it was taken (ISO-8601
 * UTC), {@link #EXPIRES_AT} epoch seconds after which the item is stale and DynamoDB may delete it.
 * Depths and ages come from the shared index and are the same on every instance; rates and throughput
 * are per instance and add up across instances.
 */
public final class ReviewSignalAttributes {

    public static final String INSTANCE_ID = "instance_id";
    public static final String AT = "at";
    public static final String SNAPSHOT = "snapshot";
    public static final String EXPIRES_AT = "expires_at";

    private ReviewSignalAttributes() {}
}
