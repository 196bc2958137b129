package com.mangaassist.model.routing;

/**
 * What the orchestrator counts about routed turns, for the threshold service's simulation, canary
 * evaluation and breaker. Both tables are only ever updated with {@code ADD}, so instances and retries
 * add up; items expire through {@link #EXPIRES_AT} (epoch seconds).
 *
 * <p>{@code confidence-histograms}: partition {@code category}, sort {@code hour}
 * ({@code yyyy-MM-ddTHH}, UTC); one number attribute per non-empty {@link ConfidenceBins bin} named
 * {@link #bin(int) b0000 … b1000}, and {@link #TOTAL}.
 *
 * <p>{@code routing-counts}: partition {@code category}, sort {@code bucket} =
 * {@code <variant>#<ISO-8601 start of the bucket>} where the variant is {@code ACTIVE}, {@code CANARY}
 * or {@code OVERRIDE} (the thresholds the turn was routed with); numbers {@link #AUTO},
 * {@link #REVIEW}, {@link #HANDOFF}. The bucket width is the orchestrator's flush setting (10 s by
 * default); a reader sums the buckets whose start lies in its window, whatever their width.
 */
public final class TurnStatsAttributes {

    public static final String CATEGORY = "category";
    public static final String HOUR = "hour";
    public static final String BUCKET = "bucket";
    public static final String TOTAL = "total";
    public static final String AUTO = "auto";
    public static final String REVIEW = "review";
    public static final String HANDOFF = "handoff";
    public static final String EXPIRES_AT = "expires_at";

    private TurnStatsAttributes() {}

    /** The attribute of histogram bin {@code bin}: {@code b0853}. */
    public static String bin(int bin) {
        if (bin < 0 || bin >= ConfidenceBins.COUNT) {
            throw new IllegalArgumentException("bin must be in [0, " + (ConfidenceBins.COUNT - 1) + "]: " + bin);
        }
        return String.format(java.util.Locale.ROOT, "b%04d", bin);
    }
}
