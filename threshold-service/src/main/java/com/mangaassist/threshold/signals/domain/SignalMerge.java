package com.mangaassist.threshold.signals.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.threshold.signals.domain.CapacitySignals.PriorityLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the review-queue instances' snapshots into one {@link CapacitySignals} (docs/THRESHOLDS.md, {@code
 * review-signals}).
 *
 * <p>Only fresh snapshots count: taken less than {@code maxAge} before now (and, against a skewed clock,
 * not more than {@code maxAge} after it). Of those, the freshest one gives what every instance reads from
 * the shared index or roster: depth and oldest age per priority, active reviewers, the staffing minimum,
 * and the approved-unchanged share. Arrival and completion rates are per instance and add up. Throughput
 * per reviewer is the mean over every reviewer found in any snapshot, each reviewer's rates summed across
 * instances (a reviewer whose decisions landed on two instances decided at the sum of both rates).
 */
public final class SignalMerge {

    /** How old a snapshot may be and still count: four missed 15-second refreshes. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(60);

    private static final Comparator<ReviewSnapshot> FRESHNESS =
            Comparator.comparing(ReviewSnapshot::at).thenComparing(ReviewSnapshot::instanceId);

    private final Duration maxAge;

    public SignalMerge(Duration maxAge) {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
        this.maxAge = maxAge;
    }

    /** A merge with {@link #DEFAULT_MAX_AGE}. */
    public static SignalMerge withDefaultMaxAge() {
        return new SignalMerge(DEFAULT_MAX_AGE);
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** Whether a snapshot taken at {@code at} still counts at {@code now}. */
    public boolean isFresh(Instant at, Instant now) {
        return at.isAfter(now.minus(maxAge)) && !at.isAfter(now.plus(maxAge));
    }

    /** The merge of the fresh ones among {@code snapshots}; empty when none is fresh. */
    public Optional<CapacitySignals> merge(Collection<ReviewSnapshot> snapshots, Instant now) {
        List<ReviewSnapshot> fresh =
                snapshots.stream().filter(s -> isFresh(s.at(), now)).toList();
        Optional<ReviewSnapshot> freshest = fresh.stream().max(FRESHNESS);
        return freshest.map(latest -> merge(latest, fresh));
    }

    private static CapacitySignals merge(ReviewSnapshot latest, List<ReviewSnapshot> fresh) {
        Map<Priority, PriorityLoad> perPriority = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            double arrivals = 0;
            double completions = 0;
            for (ReviewSnapshot snapshot : fresh) {
                PriorityLoad load = snapshot.perPriority().get(priority);
                arrivals += load.arrivalsPerMinute();
                completions += load.completionsPerMinute();
            }
            PriorityLoad shared = latest.perPriority().get(priority);
            perPriority.put(
                    priority, new PriorityLoad(shared.depth(), shared.oldestAgeSeconds(), arrivals, completions));
        }
        Map<String, Double> perReviewer = new HashMap<>();
        for (ReviewSnapshot snapshot : fresh) {
            snapshot.throughputPerReviewerPerHour()
                    .forEach((reviewer, perHour) -> perReviewer.merge(reviewer, perHour, Double::sum));
        }
        double meanPerReviewer = perReviewer.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        return new CapacitySignals(
                latest.at(),
                perPriority,
                latest.activeReviewers(),
                latest.minimumStaffing(),
                meanPerReviewer,
                latest.approvedUnchangedRate());
    }
}
