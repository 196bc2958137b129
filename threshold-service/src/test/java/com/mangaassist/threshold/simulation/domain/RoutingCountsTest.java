package com.mangaassist.threshold.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.ThresholdSet;
import org.junit.jupiter.api.Test;

class RoutingCountsTest {

    private static final ThresholdSet SET = new ThresholdSet(0.85, 0.55, 0.30);

    @Test
    void eachBoundIsInclusiveAtItsOwnValue() {
        // one turn on each side of each bound, and one at 1.0
        ConfidenceHistogram histogram = ConfidenceHistogram.builder()
                .addScore(0.299, 1)
                .addScore(0.30, 1)
                .addScore(0.549, 1)
                .addScore(0.55, 1)
                .addScore(0.849, 1)
                .addScore(0.85, 1)
                .addScore(1.0, 1)
                .build();

        RoutingCounts counts = RoutingCounts.of(histogram, SET);

        assertThat(counts).isEqualTo(new RoutingCounts(2, 2, 2, 1));
        assertThat(counts.reviews()).isEqualTo(4);
        assertThat(counts.escalations()).isEqualTo(5);
        RoutingShares shares = counts.shares();
        assertThat(shares.autoRespond()).isEqualTo(2 / 7.0);
        assertThat(shares.review()).isEqualTo(4 / 7.0);
        assertThat(shares.handoff()).isEqualTo(1 / 7.0);
        assertThat(shares.escalation()).isCloseTo(5 / 7.0, within(1e-15));
    }

    @Test
    void aThresholdBetweenBinEdgesCutsAtTheNextBin() {
        // 0.8505 lies inside bin 850: scores in bin 850 may be below it, so bin 850 is not auto
        ConfidenceHistogram histogram =
                ConfidenceHistogram.builder().add(850, 3).add(851, 5).build();

        RoutingCounts counts = RoutingCounts.of(histogram, new ThresholdSet(0.8505, 0.55, 0.30));

        assertThat(counts.autoRespond()).isEqualTo(5);
        assertThat(counts.review()).isEqualTo(3);
    }

    @Test
    void withoutALowBandNothingIsReviewedAtLowerPriority() {
        ConfidenceHistogram histogram =
                ConfidenceHistogram.builder().addScore(0.4, 1).addScore(0.5, 1).build();

        RoutingCounts counts = RoutingCounts.of(histogram, new ThresholdSet(0.8, 0.45, 0.45));

        assertThat(counts).isEqualTo(new RoutingCounts(0, 1, 0, 1));
    }

    @Test
    void noTurnsMeansNoShares() {
        assertThat(RoutingCounts.of(ConfidenceHistogram.empty(), SET).shares()).isEqualTo(new RoutingShares(0, 0, 0));
    }
}
