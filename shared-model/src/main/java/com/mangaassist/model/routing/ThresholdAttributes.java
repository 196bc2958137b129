package com.mangaassist.model.routing;

/**
 * Attribute names of the {@code thresholds} table (one item per category), written only by the threshold
 * service and read by the orchestrator; and of {@code threshold-versions} (partition {@code category},
 * sort {@code version}), the immutable history. The full layout and the resolution rule are in
 * docs/THRESHOLDS.md; in short:
 *
 * <ul>
 *   <li>the active version: {@link #VERSION}, {@link #AUTO_RESPOND_MIN}, {@link #REVIEW_MIN},
 *       {@link #HANDOFF_BELOW}, {@link #UPDATED_AT}, {@link #UPDATED_BY};
 *   <li>{@link #CANARY} (map, optional): a candidate version served to a {@link CanaryCohort} of
 *       {@link #PERCENT} % of sessions until {@link #UNTIL}, salted by {@link #CHANGE_REQUEST_ID};
 *   <li>{@link #OVERRIDES} (list of maps, optional): time-boxed relaxations, each with {@link #ID},
 *       {@link #KIND} ({@code EMERGENCY}, {@code BACKPRESSURE}, {@code PROFILE}), a full set of bounds,
 *       {@link #EXPIRES_AT} and {@link #REASON}; the most relaxed override in force wins, and none
 *       ever applies to a category that is {@link TopicCategory#protectedFromOverrides()};
 *   <li>{@link #REVISION}: incremented by every write of the item; every writer conditions on it.
 * </ul>
 *
 * <p>Numbers are DynamoDB numbers, times ISO-8601 UTC strings.
 */
public final class ThresholdAttributes {

    public static final String CATEGORY = "category";
    public static final String VERSION = "version";
    public static final String AUTO_RESPOND_MIN = "auto_respond_min";
    public static final String REVIEW_MIN = "review_min";
    public static final String HANDOFF_BELOW = "handoff_below";
    public static final String UPDATED_AT = "updated_at";
    public static final String UPDATED_BY = "updated_by";
    public static final String REVISION = "revision";

    /** Map: {@link #VERSION}, the three bounds, {@link #PERCENT}, {@link #UNTIL}, {@link #CHANGE_REQUEST_ID}. */
    public static final String CANARY = "canary";

    public static final String PERCENT = "percent";
    public static final String UNTIL = "until";
    public static final String CHANGE_REQUEST_ID = "change_request_id";

    /** List of maps: {@link #ID}, {@link #KIND}, the three bounds, {@link #EXPIRES_AT}, {@link #REASON}. */
    public static final String OVERRIDES = "overrides";

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String EXPIRES_AT = "expires_at";
    public static final String REASON = "reason";

    /** In {@code threshold-versions} only: who approved the version and from which change request. */
    public static final String CHANGE_REASON = "change_reason";

    private ThresholdAttributes() {}
}
