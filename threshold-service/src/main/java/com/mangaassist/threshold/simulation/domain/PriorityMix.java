package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The share of each category's reviews that land in P1…P4. Histograms carry no customer facts, so the
 * router's per-turn priority rules (docs/ROUTING.md) are replaced by shares per category.
 *
 * <p>{@link #routerRules} derives them from the rules, first match wins, treating the customer facts as
 * independent of topic and confidence:
 *
 * <ol>
 *   <li>P1: a VIP customer ({@code vipShare} of every category), a refund, or an order-status question about
 *       paying ({@code orderPaymentShare} of the non-VIP order-status reviews);
 *   <li>P2: complaint, legal, order status;
 *   <li>P3: rare manga, or a customer with purchase history ({@code purchaseHistoryShare} of the remaining
 *       low-risk reviews);
 *   <li>P4: the rest of general, product info, availability and recommendation.
 * </ol>
 *
 * <p>Those are the shares of normal reviews. A low-band review ({@code handoffBelow ≤ c < reviewMin}) is
 * lowered one step, P2 → P3 → P4, P1 never ({@link #lowBandShare}); the simulator knows each band's volume
 * from the histogram, so that part is exact.
 */
public final class PriorityMix {

    /** Share of turns from VIP customers assumed by {@link #defaults()}. */
    public static final double DEFAULT_VIP_SHARE = 0.02;

    private static final int PRIORITIES = Priority.values().length;

    private final double[][] normal;
    private final double[][] lowBand;

    private PriorityMix(double[][] normal) {
        this.normal = normal;
        this.lowBand = new double[normal.length][];
        for (int c = 0; c < normal.length; c++) {
            double[] lowered = new double[PRIORITIES];
            lowered[0] = normal[c][0];
            lowered[2] = normal[c][1];
            lowered[3] = normal[c][2] + normal[c][3];
            lowBand[c] = lowered;
        }
    }

    /** The router rules with 2 % VIP customers, no order payment questions and no purchase history. */
    public static PriorityMix defaults() {
        return routerRules(DEFAULT_VIP_SHARE, 0, 0);
    }

    /**
     * The router's rules with the given customer shares, each in [0, 1].
     *
     * @param vipShare share of turns from VIP customers (P1 whatever the topic)
     * @param orderPaymentShare share of non-VIP order-status reviews that are about paying (P1)
     * @param purchaseHistoryShare share of non-VIP low-risk reviews from customers with purchase history (P3)
     */
    public static PriorityMix routerRules(double vipShare, double orderPaymentShare, double purchaseHistoryShare) {
        requireShare("vipShare", vipShare);
        requireShare("orderPaymentShare", orderPaymentShare);
        requireShare("purchaseHistoryShare", purchaseHistoryShare);
        TopicCategory[] categories = TopicCategory.values();
        double[][] shares = new double[categories.length][PRIORITIES];
        double rest = 1 - vipShare;
        for (TopicCategory category : categories) {
            double[] row = shares[category.ordinal()];
            row[0] = vipShare;
            if (category.financial()) {
                row[0] = 1;
            } else if (category == TopicCategory.ORDER_STATUS) {
                row[0] += rest * orderPaymentShare;
                row[1] = rest * (1 - orderPaymentShare);
            } else if (category.risk() == TopicCategory.Risk.HIGH) {
                row[1] = rest;
            } else if (category.risk() == TopicCategory.Risk.MEDIUM) {
                row[2] = rest;
            } else {
                row[2] = rest * purchaseHistoryShare;
                row[3] = rest * (1 - purchaseHistoryShare);
            }
        }
        return new PriorityMix(shares);
    }

    /**
     * Explicit shares of normal reviews per category and priority; each category's shares must add up to 1
     * (a missing priority is 0).
     */
    public static PriorityMix of(Map<TopicCategory, Map<Priority, Double>> normalBandShares) {
        Objects.requireNonNull(normalBandShares, "normalBandShares");
        TopicCategory[] categories = TopicCategory.values();
        double[][] shares = new double[categories.length][PRIORITIES];
        for (TopicCategory category : categories) {
            Map<Priority, Double> given = normalBandShares.get(category);
            if (given == null) {
                throw new IllegalArgumentException("priority shares are required for " + category);
            }
            double sum = 0;
            for (Priority priority : Priority.values()) {
                double share = given.getOrDefault(priority, 0.0);
                requireShare(category + " " + priority, share);
                shares[category.ordinal()][priority.ordinal()] = share;
                sum += share;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("the shares of " + category + " add up to " + sum + ", not 1");
            }
        }
        return new PriorityMix(shares);
    }

    /** Share of {@code category}'s normal reviews at {@code priority}. */
    public double share(TopicCategory category, Priority priority) {
        return normal[category.ordinal()][priority.ordinal()];
    }

    /** Share of {@code category}'s low-band reviews at {@code priority} (lowered one step, P1 never). */
    public double lowBandShare(TopicCategory category, Priority priority) {
        return lowBand[category.ordinal()][priority.ordinal()];
    }

    /** The normal-band shares of a category by priority ordinal; never written. */
    double[] normalRow(TopicCategory category) {
        return normal[category.ordinal()];
    }

    /** The low-band shares of a category by priority ordinal; never written. */
    double[] lowBandRow(TopicCategory category) {
        return lowBand[category.ordinal()];
    }

    /** The shares of normal reviews, for a report or a log. */
    public Map<TopicCategory, Map<Priority, Double>> asMap() {
        Map<TopicCategory, Map<Priority, Double>> map = new EnumMap<>(TopicCategory.class);
        for (TopicCategory category : TopicCategory.values()) {
            Map<Priority, Double> row = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                row.put(priority, share(category, priority));
            }
            map.put(category, Map.copyOf(row));
        }
        return Map.copyOf(map);
    }

    private static void requireShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + share);
        }
    }

    @Override
    public String toString() {
        return "PriorityMix" + asMap();
    }
}
