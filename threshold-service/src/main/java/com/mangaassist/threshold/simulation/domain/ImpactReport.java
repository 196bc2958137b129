package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.simulation.domain.CostModel.DailyCost;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a threshold change would do, before (current thresholds) against after (proposed), replayed on the
 * lookback's confidence histograms ({@link ImpactSimulator}). Plain records for JSON: counts are per day
 * (lookback totals ÷ lookback days) unless a name says per hour, shares are in [0, 1], money is USD, waits
 * are seconds. Doubles are raw; a wait that never ends is {@link Double#POSITIVE_INFINITY}. Everything that
 * needs the review capacity is in {@link #capacity}, which is {@code null} exactly when
 * {@link #capacityKnown} is false.
 *
 * @param asOf when the simulation ran
 * @param lookbackDays the lookback in days
 * @param turns turns in the histograms
 * @param messagesPerDay turns per day, all categories
 * @param categories one entry per topic category, in {@link TopicCategory} order
 * @param before all categories under the current thresholds
 * @param after all categories under the proposed thresholds
 * @param costBefore daily cost under the current thresholds
 * @param costAfter daily cost under the proposed thresholds
 * @param capacityKnown whether review capacity could be established (fresh signals or a staffing plan)
 * @param capacity capacity, utilisation, queue growth and SLA risk; {@code null} when capacity is unknown
 * @param hourlyProfile 24 entries, hour of day 0–23 in Asia/Tokyo (the evening peak is 19:00–23:00 JST)
 * @param warnings what an approver must read: capacity exceeded or unknown, SLA risk, too little data, a
 *     protected category relaxed
 * @param assumptions the modelling choices behind the numbers, in words
 */
public record ImpactReport(
        Instant asOf,
        double lookbackDays,
        long turns,
        double messagesPerDay,
        List<CategoryImpact> categories,
        RoutingOutcome before,
        RoutingOutcome after,
        DailyCost costBefore,
        DailyCost costAfter,
        boolean capacityKnown,
        CapacityImpact capacity,
        List<HourlyLoad> hourlyProfile,
        List<String> warnings,
        List<String> assumptions) {

    public ImpactReport {
        Objects.requireNonNull(asOf, "asOf");
        categories = List.copyOf(categories);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(costBefore, "costBefore");
        Objects.requireNonNull(costAfter, "costAfter");
        if (capacityKnown != (capacity != null)) {
            throw new IllegalArgumentException("capacity is present exactly when it is known");
        }
        hourlyProfile = List.copyOf(hourlyProfile);
        warnings = List.copyOf(warnings);
        assumptions = List.copyOf(assumptions);
    }

    /** The entry of {@code category}. */
    public CategoryImpact category(TopicCategory category) {
        return categories.get(category.ordinal());
    }

    /** Reviews after the change exceed the known capacity (false when capacity is unknown). */
    public boolean exceedsCapacity() {
        return capacity != null && capacity.exceedsCapacity();
    }

    /**
     * One category before and after.
     *
     * @param category the topic
     * @param current its thresholds now
     * @param proposed its thresholds after the change (equal to {@code current} when unchanged)
     * @param changed whether the proposal changes it
     * @param turns turns in the lookback
     * @param messagesPerDay turns per day
     * @param before routing under {@code current}
     * @param after routing under {@code proposed}
     */
    public record CategoryImpact(
            TopicCategory category,
            ThresholdSet current,
            ThresholdSet proposed,
            boolean changed,
            long turns,
            double messagesPerDay,
            RoutingOutcome before,
            RoutingOutcome after) {}

    /**
     * How turns route under one set of thresholds, and what reviewers would do with them. The confidence is
     * calibrated to the probability that a reviewer approves the draft unchanged, so a bin scoring {@code c}
     * holds {@code c·n} drafts a reviewer would pass as they are and {@code (1 − c)·n} they would change.
     *
     * @param autoRespondShare share answered without a human
     * @param reviewShare share reviewed (normal and low band)
     * @param handoffShare share handed to a live agent
     * @param escalationRate review + handoff share
     * @param autoResponsesPerDay turns answered without a human per day
     * @param reviewsPerDay reviews per day (normal and low band)
     * @param lowBandReviewsPerDay of which in the low band, reviewed one priority lower
     * @param handoffsPerDay handoffs per day
     * @param expectedChangedShareOfAutoResponses Σ n(b)·(1 − c(b)) / Σ n(b) over the auto-responded bins:
     *     the share of auto-responses a reviewer would have changed; what raising the auto-respond minimum
     *     buys
     * @param expectedChangedAutoResponsesPerDay those auto-responses per day
     * @param approvedUnchangedShareOfReviews mean confidence over the reviewed bins: the share of reviews
     *     expected to be approved unchanged (runbook scenario 3: 92 %, unnecessary escalation)
     * @param expectedApprovedUnchangedReviewsPerDay those reviews per day
     */
    public record RoutingOutcome(
            double autoRespondShare,
            double reviewShare,
            double handoffShare,
            double escalationRate,
            double autoResponsesPerDay,
            double reviewsPerDay,
            double lowBandReviewsPerDay,
            double handoffsPerDay,
            double expectedChangedShareOfAutoResponses,
            double expectedChangedAutoResponsesPerDay,
            double approvedUnchangedShareOfReviews,
            double expectedApprovedUnchangedReviewsPerDay) {}

    /** Where the review capacity came from. */
    public enum CapacitySource {
        /** The reviewers active in fresh review signals, assumed on duty all day. */
        SIGNALS,
        /** The request's staffing plan by hour of day. */
        STAFFING_PLAN
    }

    /**
     * Review volume against capacity.
     *
     * @param source where the reviewer numbers came from
     * @param reviewersByJstHour reviewers on duty for each hour of the day 0–23 (JST)
     * @param reviewsPerReviewerPerHour throughput of one reviewer used throughout
     * @param throughputMeasured whether that throughput was measured (else assumed)
     * @param capacityPerDay reviews per day the reviewers can decide (Σ over the hours)
     * @param utilisationBefore reviews per day before ÷ capacity per day
     * @param utilisationAfter reviews per day after ÷ capacity per day
     * @param exceedsCapacity reviews per day after the change exceed the capacity per day
     * @param before queue under the current thresholds
     * @param after queue under the proposed thresholds
     */
    public record CapacityImpact(
            CapacitySource source,
            List<Integer> reviewersByJstHour,
            double reviewsPerReviewerPerHour,
            boolean throughputMeasured,
            double capacityPerDay,
            double utilisationBefore,
            double utilisationAfter,
            boolean exceedsCapacity,
            QueueOutlook before,
            QueueOutlook after) {

        public CapacityImpact {
            reviewersByJstHour = List.copyOf(reviewersByJstHour);
        }
    }

    /**
     * The review queue over an average day (hourly fluid model) and its SLA risk at the peak hour.
     *
     * @param peakHourJst the hour (0–23 JST) with the highest arrivals relative to its capacity
     * @param peakArrivalsPerHour reviews arriving in that hour
     * @param peakCapacityPerHour reviews decided per hour in that hour
     * @param overflowReviewsPerDay Σ over the hours of max(0, arrivals − capacity): reviews that cannot be
     *     served in the hour they arrive
     * @param backlogGrowthPerDay max(0, reviews per day − capacity per day): how much the queue grows every
     *     day, never to drain
     * @param peakBacklog the largest backlog within the day: in the repeating daily cycle when the day's
     *     capacity suffices, otherwise on the first day after the change, starting empty
     * @param peakBacklogHourJst the hour (0–23 JST) at whose end the backlog peaks
     * @param perPriority P1…P4 at the peak hour
     */
    public record QueueOutlook(
            int peakHourJst,
            double peakArrivalsPerHour,
            double peakCapacityPerHour,
            double overflowReviewsPerDay,
            double backlogGrowthPerDay,
            double peakBacklog,
            int peakBacklogHourJst,
            List<PriorityOutlook> perPriority) {

        public QueueOutlook {
            perPriority = List.copyOf(perPriority);
        }

        /** The entry of {@code priority}. */
        public PriorityOutlook of(Priority priority) {
            return perPriority.get(priority.ordinal());
        }
    }

    /**
     * One priority at the peak hour, from the non-preemptive priority M/M/c model.
     *
     * @param priority the priority
     * @param arrivalsPerHour its reviews arriving per hour at the peak
     * @param slaSeconds its SLA
     * @param meanWaitSeconds mean wait for a reviewer; infinite when unstable
     * @param breachProbability probability of waiting longer than the SLA minus the mean handling time; 1
     *     when unstable
     * @param stable the arrivals of this and every more urgent priority stay below the capacity
     */
    public record PriorityOutlook(
            Priority priority,
            double arrivalsPerHour,
            double slaSeconds,
            double meanWaitSeconds,
            double breachProbability,
            boolean stable) {}

    /**
     * One hour of an average day, for plotting.
     *
     * @param hourJst hour of day 0–23 in Asia/Tokyo
     * @param messagesPerHour turns in that hour, averaged over the lookback's days
     * @param reviewsPerHourBefore reviews under the current thresholds
     * @param reviewsPerHourAfter reviews under the proposed thresholds
     * @param capacityPerHour reviews the reviewers on duty decide in that hour; {@code null} when capacity is
     *     unknown
     */
    public record HourlyLoad(
            int hourJst,
            double messagesPerHour,
            double reviewsPerHourBefore,
            double reviewsPerHourAfter,
            Double capacityPerHour) {}
}
