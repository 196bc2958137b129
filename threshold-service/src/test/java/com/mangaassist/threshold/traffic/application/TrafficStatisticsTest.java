package com.mangaassist.threshold.traffic.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistogram;
import com.mangaassist.threshold.simulation.domain.HourlyHistogram;
import com.mangaassist.threshold.traffic.domain.CategoryTraffic;
import com.mangaassist.threshold.traffic.domain.RoutingStats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-05-06T10:20:00Z");
    private static final Instant THIS_HOUR = Instant.parse("2026-05-06T10:00:00Z");

    private final List<Instant[]> windows = new ArrayList<>();

    @Test
    void windowIsTheLastWholeHoursAndTheOneUnderWay() {
        RoutingStats stats = statistics(Map.of(), List.of()).lastHours(3);

        assertThat(stats.to()).isEqualTo(THIS_HOUR.plus(1, ChronoUnit.HOURS));
        assertThat(stats.from()).isEqualTo(THIS_HOUR.minus(3, ChronoUnit.HOURS));
        assertThat(stats.hours()).isEqualTo(3);
        assertThat(windows).allSatisfy(window -> assertThat(window).containsExactly(stats.from(), stats.to()));
    }

    @Test
    void everyCategoryAppearsWithOneEntryPerHourAndNoRateWithoutTurns() {
        RoutingStats stats = statistics(Map.of(), List.of()).lastHours(2);

        assertThat(stats.categories())
                .extracting(CategoryTraffic::category)
                .containsExactlyElementsOf(List.of(TopicCategory.values()).stream()
                        .map(TopicCategory::code)
                        .toList());
        CategoryTraffic general = stats.categories().get(0);
        assertThat(general.turns()).isZero();
        assertThat(general.escalationRate()).isNull();
        assertThat(general.hourly())
                .hasSize(3)
                .allSatisfy(hour -> assertThat(hour.escalationRate()).isNull());
        assertThat(general.histogram().counts()).hasSize(20).containsOnly(0L);
    }

    @Test
    void hoursAddUpToTheCategoryTotalsAndItsRate() {
        Instant earlier = THIS_HOUR.minus(1, ChronoUnit.HOURS);
        Map<TopicCategory, Map<Instant, RoutingTally>> routed = Map.of(
                TopicCategory.REFUND,
                Map.of(earlier, new RoutingTally(6, 3, 1), THIS_HOUR, new RoutingTally(10, 0, 0)));
        long[] fine = new long[ConfidenceBins.COUNT];
        fine[720] = 7;
        List<HourlyHistogram> histograms = List.of(
                new HourlyHistogram(TopicCategory.REFUND, earlier, ConfidenceHistogram.of(fine)),
                new HourlyHistogram(TopicCategory.REFUND, THIS_HOUR, ConfidenceHistogram.of(fine)));

        CategoryTraffic refund = statistics(routed, histograms).lastHours(1).categories().stream()
                .filter(category -> category.category().equals("refund"))
                .findFirst()
                .orElseThrow();

        assertThat(refund.turns()).isEqualTo(20);
        assertThat(refund.autoRespond()).isEqualTo(16);
        assertThat(refund.review()).isEqualTo(3);
        assertThat(refund.handoff()).isEqualTo(1);
        assertThat(refund.escalationRate()).isEqualTo(0.2);
        assertThat(refund.hourly())
                .extracting(
                        CategoryTraffic.Hour::hour, CategoryTraffic.Hour::turns, CategoryTraffic.Hour::escalationRate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, 10L, 0.4),
                        org.assertj.core.groups.Tuple.tuple(THIS_HOUR, 10L, 0.0));
        assertThat(refund.histogram().counts().get(14)).isEqualTo(14);
    }

    @Test
    void hoursOutsideOneToAWeekAreRefused() {
        TrafficStatistics statistics = statistics(Map.of(), List.of());
        assertThatThrownBy(() -> statistics.lastHours(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> statistics.lastHours(169)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPastWeekIsReadHourByHourBetweenItsBounds() {
        Instant monday = Instant.parse("2026-04-26T15:00:00Z"); // Monday 00:00 JST
        Instant nextMonday = monday.plus(7, ChronoUnit.DAYS);
        Map<TopicCategory, Map<Instant, RoutingTally>> routed =
                Map.of(TopicCategory.GENERAL, Map.of(monday.plus(20, ChronoUnit.HOURS), new RoutingTally(3, 1, 0)));

        RoutingStats week = statistics(routed, List.of()).between(monday, nextMonday);

        assertThat(week.from()).isEqualTo(monday);
        assertThat(week.to()).isEqualTo(nextMonday);
        assertThat(week.hours()).isEqualTo(168);
        CategoryTraffic general = week.categories().stream()
                .filter(c -> c.category().equals("general"))
                .findFirst()
                .orElseThrow();
        assertThat(general.hourly()).hasSize(168);
        assertThat(general.turns()).isEqualTo(4);
        assertThat(general.hourly().get(20).escalationRate()).isEqualTo(0.25);
        assertThat(windows).allSatisfy(w -> assertThat(w).containsExactly(monday, nextMonday));
        assertThatThrownBy(() -> statistics(routed, List.of()).between(monday.plusSeconds(60), nextMonday))
                .hasMessageContaining("on the hour");
        assertThatThrownBy(() -> statistics(routed, List.of()).between(monday, monday.plus(8, ChronoUnit.DAYS)))
                .hasMessageContaining("1-169 hours");
        assertThatThrownBy(() -> statistics(routed, List.of()).between(nextMonday, monday))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private TrafficStatistics statistics(
            Map<TopicCategory, Map<Instant, RoutingTally>> routed, List<HourlyHistogram> histograms) {
        return new TrafficStatistics(
                (category, from, to) -> {
                    windows.add(new Instant[] {from, to});
                    return routed.getOrDefault(category, Map.of());
                },
                (from, to) -> {
                    windows.add(new Instant[] {from, to});
                    return histograms;
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
