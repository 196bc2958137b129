package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.DefaultThresholds;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.capacity.domain.ReviewSlas;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link ImpactSimulator#simulate} needs to answer "what happens if these thresholds change".
 * Build one with {@link #builder}; everything but the time, the thresholds and the histograms has a
 * default.
 *
 * @param asOf when the simulation runs (decides whether the capacity signals are fresh)
 * @param current the thresholds in force per category; a missing category uses {@code DefaultThresholds},
 *     as the orchestrator does
 * @param proposed the changed categories' proposed thresholds; the others stay as they are
 * @param histograms the hourly histograms of the lookback, already filtered to it by the caller; several
 *     items for the same category and hour add up
 * @param lookback the period the histograms cover (default 168 h); counts per day are totals ÷ its days
 * @param capacitySignals the review service's latest signals, if any
 * @param maxSignalAge signals older than this at {@code asOf} are stale: capacity is then unknown unless a
 *     staffing plan is given (default 60 s, the threshold service's freshness rule)
 * @param assumedReviewsPerReviewerPerHour throughput of one reviewer when none was measured (default 62.5:
 *     runbook scenario 3's ~500 reviews per 8-hour shift)
 * @param reviewersByJstHour optional staffing plan: reviewers on duty for each hour of the day 0–23 in
 *     Asia/Tokyo; empty (default) = the reviewers active now, all day
 * @param slas the SLA per priority (default P1 60 s, P2 120 s, P3 180 s, P4 300 s)
 * @param costModel prices (default {@link CostModel#DEFAULTS})
 * @param priorityMix how each category's reviews split over priorities (default
 *     {@link PriorityMix#defaults()})
 * @param minimumTurnsPerCategory a changed category with fewer turns in the lookback gets a warning
 *     (default 1,000)
 */
public record SimulationRequest(
        Instant asOf,
        Map<TopicCategory, ThresholdSet> current,
        Map<TopicCategory, ThresholdSet> proposed,
        List<HourlyHistogram> histograms,
        Duration lookback,
        Optional<CapacitySignals> capacitySignals,
        Duration maxSignalAge,
        double assumedReviewsPerReviewerPerHour,
        List<Integer> reviewersByJstHour,
        ReviewSlas slas,
        CostModel costModel,
        PriorityMix priorityMix,
        long minimumTurnsPerCategory) {

    public static final Duration DEFAULT_LOOKBACK = Duration.ofHours(168);
    public static final Duration DEFAULT_MAX_SIGNAL_AGE = Duration.ofSeconds(60);
    public static final double DEFAULT_REVIEWS_PER_REVIEWER_PER_HOUR = 500.0 / 8;
    public static final long DEFAULT_MINIMUM_TURNS_PER_CATEGORY = 1_000;

    public SimulationRequest {
        Objects.requireNonNull(asOf, "asOf");
        current = copy(current, "current");
        proposed = copy(proposed, "proposed");
        histograms = List.copyOf(histograms);
        Objects.requireNonNull(lookback, "lookback");
        if (lookback.isNegative() || lookback.isZero()) {
            throw new IllegalArgumentException("lookback must be positive: " + lookback);
        }
        Objects.requireNonNull(capacitySignals, "capacitySignals");
        Objects.requireNonNull(maxSignalAge, "maxSignalAge");
        if (maxSignalAge.isNegative()) {
            throw new IllegalArgumentException("maxSignalAge must not be negative: " + maxSignalAge);
        }
        if (!(assumedReviewsPerReviewerPerHour > 0) || Double.isInfinite(assumedReviewsPerReviewerPerHour)) {
            throw new IllegalArgumentException(
                    "assumedReviewsPerReviewerPerHour must be finite and > 0: " + assumedReviewsPerReviewerPerHour);
        }
        reviewersByJstHour = List.copyOf(reviewersByJstHour);
        if (!reviewersByJstHour.isEmpty() && reviewersByJstHour.size() != 24) {
            throw new IllegalArgumentException("a staffing plan has 24 hours, not " + reviewersByJstHour.size());
        }
        for (int reviewers : reviewersByJstHour) {
            if (reviewers < 0) {
                throw new IllegalArgumentException("reviewers must not be negative: " + reviewersByJstHour);
            }
        }
        Objects.requireNonNull(slas, "slas");
        Objects.requireNonNull(costModel, "costModel");
        Objects.requireNonNull(priorityMix, "priorityMix");
        if (minimumTurnsPerCategory < 0) {
            throw new IllegalArgumentException("minimumTurnsPerCategory must not be negative");
        }
    }

    /** A builder with every default. */
    public static Builder builder(
            Instant asOf,
            Map<TopicCategory, ThresholdSet> current,
            Map<TopicCategory, ThresholdSet> proposed,
            List<HourlyHistogram> histograms) {
        return new Builder(asOf, current, proposed, histograms);
    }

    /** The thresholds in force for {@code category}. */
    public ThresholdSet currentOf(TopicCategory category) {
        ThresholdSet set = current.get(category);
        return set != null ? set : DefaultThresholds.of(category);
    }

    /** The thresholds {@code category} would have after the change. */
    public ThresholdSet proposedOf(TopicCategory category) {
        ThresholdSet set = proposed.get(category);
        return set != null ? set : currentOf(category);
    }

    private static Map<TopicCategory, ThresholdSet> copy(Map<TopicCategory, ThresholdSet> map, String name) {
        Objects.requireNonNull(map, name);
        Map<TopicCategory, ThresholdSet> copy = new EnumMap<>(TopicCategory.class);
        map.forEach((category, set) -> copy.put(
                Objects.requireNonNull(category, name + " category"), Objects.requireNonNull(set, name + " set")));
        return Map.copyOf(copy);
    }

    /** Builds a {@link SimulationRequest}; every setter replaces a default. */
    public static final class Builder {

        private final Instant asOf;
        private final Map<TopicCategory, ThresholdSet> current;
        private final Map<TopicCategory, ThresholdSet> proposed;
        private final List<HourlyHistogram> histograms;
        private Duration lookback = DEFAULT_LOOKBACK;
        private CapacitySignals capacitySignals;
        private Duration maxSignalAge = DEFAULT_MAX_SIGNAL_AGE;
        private double assumedReviewsPerReviewerPerHour = DEFAULT_REVIEWS_PER_REVIEWER_PER_HOUR;
        private List<Integer> reviewersByJstHour = List.of();
        private ReviewSlas slas = ReviewSlas.defaults();
        private CostModel costModel = CostModel.DEFAULTS;
        private PriorityMix priorityMix = PriorityMix.defaults();
        private long minimumTurnsPerCategory = DEFAULT_MINIMUM_TURNS_PER_CATEGORY;

        private Builder(
                Instant asOf,
                Map<TopicCategory, ThresholdSet> current,
                Map<TopicCategory, ThresholdSet> proposed,
                List<HourlyHistogram> histograms) {
            this.asOf = asOf;
            this.current = current;
            this.proposed = proposed;
            this.histograms = histograms;
        }

        public Builder lookback(Duration lookback) {
            this.lookback = lookback;
            return this;
        }

        /** The review service's signals; without this call (or with null) there are none. */
        public Builder capacitySignals(CapacitySignals capacitySignals) {
            this.capacitySignals = capacitySignals;
            return this;
        }

        public Builder maxSignalAge(Duration maxSignalAge) {
            this.maxSignalAge = maxSignalAge;
            return this;
        }

        public Builder assumedReviewsPerReviewerPerHour(double assumedReviewsPerReviewerPerHour) {
            this.assumedReviewsPerReviewerPerHour = assumedReviewsPerReviewerPerHour;
            return this;
        }

        /** Reviewers on duty for each hour of the day 0–23 in Asia/Tokyo. */
        public Builder reviewersByJstHour(List<Integer> reviewersByJstHour) {
            this.reviewersByJstHour = reviewersByJstHour;
            return this;
        }

        public Builder slas(ReviewSlas slas) {
            this.slas = slas;
            return this;
        }

        public Builder costModel(CostModel costModel) {
            this.costModel = costModel;
            return this;
        }

        public Builder priorityMix(PriorityMix priorityMix) {
            this.priorityMix = priorityMix;
            return this;
        }

        public Builder minimumTurnsPerCategory(long minimumTurnsPerCategory) {
            this.minimumTurnsPerCategory = minimumTurnsPerCategory;
            return this;
        }

        public SimulationRequest build() {
            return new SimulationRequest(
                    asOf,
                    current,
                    proposed,
                    histograms,
                    lookback,
                    Optional.ofNullable(capacitySignals),
                    maxSignalAge,
                    assumedReviewsPerReviewerPerHour,
                    reviewersByJstHour,
                    slas,
                    costModel,
                    priorityMix,
                    minimumTurnsPerCategory);
        }
    }
}
