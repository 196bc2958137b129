package com.mangaassist.orchestrator.turnstats.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.RouteDecision;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TurnTotalsTest {

    private static final Instant HOUR = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aHistogramIsWrittenInChunksOfAtMostTheLimitWithTheTotalInTheFirst() {
        TurnTotals totals = new TurnTotals();
        for (int bin = 0; bin < 250; bin++) {
            totals.addToHistogram(TopicCategory.GENERAL, HOUR, bin * 4, 2);
        }

        List<StatsIncrement> increments = totals.increments(100);

        assertThat(increments).hasSize(3).allSatisfy(i -> assertThat(i).isInstanceOf(HistogramIncrement.class));
        List<HistogramIncrement> chunks =
                increments.stream().map(HistogramIncrement.class::cast).toList();
        assertThat(chunks).extracting(chunk -> chunk.bins().size()).containsExactly(100, 100, 50);
        assertThat(chunks).extracting(HistogramIncrement::total).containsExactly(500L, 0L, 0L);
        assertThat(chunks.get(1).bins().keySet()).first().isEqualTo(400);
    }

    @Test
    void decisionsAreOneIncrementPerTopicVariantAndBucket() {
        TurnTotals totals = new TurnTotals();
        totals.addDecisions(TopicCategory.LEGAL, ThresholdVariant.ACTIVE, HOUR, RouteDecision.REVIEW, 3);
        totals.addDecisions(TopicCategory.LEGAL, ThresholdVariant.ACTIVE, HOUR, RouteDecision.HANDOFF, 1);
        totals.addDecisions(TopicCategory.LEGAL, ThresholdVariant.CANARY, HOUR, RouteDecision.AUTO_RESPOND, 2);

        assertThat(totals.increments(100))
                .containsExactly(
                        new RoutingCountIncrement(TopicCategory.LEGAL, ThresholdVariant.ACTIVE, HOUR, 0, 3, 1),
                        new RoutingCountIncrement(TopicCategory.LEGAL, ThresholdVariant.CANARY, HOUR, 2, 0, 0));
    }

    @Test
    void anIncrementAddedBackMergesWithNewCounts() {
        TurnTotals totals = new TurnTotals();
        totals.addToHistogram(TopicCategory.GENERAL, HOUR, 850, 1);
        totals.add(new HistogramIncrement(TopicCategory.GENERAL, HOUR, new TreeMap<>(Map.of(850, 2L, 851, 1L)), 3));
        totals.add(new RoutingCountIncrement(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, 1, 0, 0));
        totals.addDecisions(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, RouteDecision.AUTO_RESPOND, 1);

        assertThat(totals.increments(100))
                .containsExactly(
                        new HistogramIncrement(TopicCategory.GENERAL, HOUR, new TreeMap<>(Map.of(850, 3L, 851, 1L)), 4),
                        new RoutingCountIncrement(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, 2, 0, 0));
    }

    @Test
    void countsOlderThanTheCutoffAreForgottenAndReported() {
        TurnTotals totals = new TurnTotals();
        Instant old = HOUR.minusSeconds(3600);
        totals.addToHistogram(TopicCategory.GENERAL, old, 1, 5);
        totals.addDecisions(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, old, RouteDecision.REVIEW, 5);
        totals.addDecisions(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, RouteDecision.REVIEW, 2);

        assertThat(totals.forgetBefore(HOUR)).isEqualTo(5);
        assertThat(totals.increments(100))
                .containsExactly(
                        new RoutingCountIncrement(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, 0, 2, 0));
    }

    @Test
    void incrementsRefuseNonsense() {
        assertThatThrownBy(() -> new HistogramIncrement(TopicCategory.GENERAL, HOUR.plusSeconds(1), Map.of(1, 1L), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistogramIncrement(TopicCategory.GENERAL, HOUR, Map.of(1001, 1L), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new RoutingCountIncrement(TopicCategory.GENERAL, ThresholdVariant.ACTIVE, HOUR, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
