package com.mangaassist.threshold.traffic.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistogram;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistories;
import com.mangaassist.threshold.simulation.domain.HourlyHistogram;
import com.mangaassist.threshold.traffic.domain.CategoryTraffic;
import com.mangaassist.threshold.traffic.domain.CoarseHistogram;
import com.mangaassist.threshold.traffic.domain.RoutingHistory;
import com.mangaassist.threshold.traffic.domain.RoutingStats;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The routing statistics on-call plots: per category, decisions and escalation rate over the last hours (hour by
 * hour) and the confidence distribution, from the orchestrators' counters.
 */
public final class TrafficStatistics {

    /** The longest window one request may ask for (a week, like the simulation's default lookback). */
    public static final int MAX_HOURS = 168;

    private final RoutingHistory routing;
    private final ConfidenceHistories histograms;
    private final Clock clock;

    public TrafficStatistics(RoutingHistory routing, ConfidenceHistories histograms, Clock clock) {
        this.routing = routing;
        this.histograms = histograms;
        this.clock = clock;
    }

    /** The last {@code hours} whole hours plus the one under way; {@code hours} in 1–{@value #MAX_HOURS}. */
    public RoutingStats lastHours(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("hours must be 1-" + MAX_HOURS);
        }
        Instant now = clock.instant();
        Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant from = to.minus(hours + 1L, ChronoUnit.HOURS);
        return window(from, to, hours);
    }

    /**
     * The whole hours in [{@code from}, {@code to}) (a past week for the weekly review): both on the hour, {@code to}
     * after {@code from}, at most {@value #MAX_HOURS} + 1 hours apart.
     */
    public RoutingStats between(Instant from, Instant to) {
        if (!from.equals(from.truncatedTo(ChronoUnit.HOURS)) || !to.equals(to.truncatedTo(ChronoUnit.HOURS))) {
            throw new IllegalArgumentException("from and to must be on the hour");
        }
        long hours = ChronoUnit.HOURS.between(from, to);
        if (hours < 1 || hours > MAX_HOURS + 1) {
            throw new IllegalArgumentException("the window must be 1-" + (MAX_HOURS + 1) + " hours");
        }
        return window(from, to, (int) hours);
    }

    private RoutingStats window(Instant from, Instant to, int hours) {
        Map<TopicCategory, ConfidenceHistogram> distributions = histograms.between(from, to).stream()
                .collect(Collectors.groupingBy(
                        HourlyHistogram::category,
                        Collectors.collectingAndThen(
                                Collectors.mapping(HourlyHistogram::histogram, Collectors.toList()),
                                ConfidenceHistogram::sum)));
        List<CategoryTraffic> categories = new ArrayList<>();
        for (TopicCategory category : TopicCategory.values()) {
            Map<Instant, RoutingTally> byHour = routing.hourly(category, from, to);
            List<CategoryTraffic.Hour> hourly = new ArrayList<>();
            long auto = 0;
            long review = 0;
            long handoff = 0;
            for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
                RoutingTally tally = byHour.getOrDefault(hour, RoutingTally.NONE);
                auto += tally.auto();
                review += tally.review();
                handoff += tally.handoff();
                hourly.add(new CategoryTraffic.Hour(
                        hour,
                        tally.total(),
                        CategoryTraffic.escalationRate(tally.total(), tally.review(), tally.handoff())));
            }
            long turns = auto + review + handoff;
            categories.add(new CategoryTraffic(
                    category.code(),
                    turns,
                    auto,
                    review,
                    handoff,
                    CategoryTraffic.escalationRate(turns, review, handoff),
                    hourly,
                    CoarseHistogram.of(distributions.getOrDefault(category, ConfidenceHistogram.empty()))));
        }
        return new RoutingStats(from, to, hours, categories);
    }
}
