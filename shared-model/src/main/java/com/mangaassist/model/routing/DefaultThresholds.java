package com.mangaassist.model.routing;

import java.util.EnumMap;
import java.util.Map;

/**
 * The thresholds used for a topic that has no stored row (version 0), and the values the seeding step
 * stores as version 1.
 *
 * <table>
 *   <caption>Default seed</caption>
 *   <tr><th>topic</th><th>auto-respond min</th><th>review min</th><th>handoff below</th></tr>
 *   <tr><td>general, product_info, availability, recommendation</td><td>0.80</td><td>0.55</td><td>0.30</td></tr>
 *   <tr><td>rare_manga</td><td>0.85</td><td>0.55</td><td>0.30</td></tr>
 *   <tr><td>order_status</td><td>0.88</td><td>0.55</td><td>0.30</td></tr>
 *   <tr><td>refund, complaint, legal</td><td>0.97</td><td>0.40</td><td>0.20</td></tr>
 * </table>
 *
 * <p>Low-risk catalog topics answer on their own from 0.80. Rare manga (prices and condition vary)
 * and order status (facts about one order) need more. Refund, complaint and legal are effectively
 * always reviewed: only a near-certain answer (0.97) goes out alone, and a human sees even weak
 * drafts (review from 0.40, live agent only below 0.20).
 */
public final class DefaultThresholds {

    /** The version of every default seed. */
    public static final long VERSION = 0;

    /** Who set the defaults, as recorded in the {@code updated_by} of a seeded item. */
    public static final String AUTHOR = "default-seed";

    private static final ThresholdSet CATALOG = new ThresholdSet(0.80, 0.55, 0.30);
    private static final ThresholdSet HIGH_RISK = new ThresholdSet(0.97, 0.40, 0.20);

    private static final Map<TopicCategory, ThresholdSet> SEED = seed();

    private DefaultThresholds() {}

    /** The default thresholds of {@code topic}. */
    public static ThresholdSet of(TopicCategory topic) {
        return SEED.get(topic);
    }

    private static Map<TopicCategory, ThresholdSet> seed() {
        Map<TopicCategory, ThresholdSet> seed = new EnumMap<>(TopicCategory.class);
        for (TopicCategory topic : TopicCategory.values()) {
            seed.put(
                    topic,
                    switch (topic) {
                        case GENERAL, PRODUCT_INFO, AVAILABILITY, RECOMMENDATION -> CATALOG;
                        case RARE_MANGA -> new ThresholdSet(0.85, 0.55, 0.30);
                        case ORDER_STATUS -> new ThresholdSet(0.88, 0.55, 0.30);
                        case REFUND, COMPLAINT, LEGAL -> HIGH_RISK;
                    });
        }
        return Map.copyOf(seed);
    }
}
