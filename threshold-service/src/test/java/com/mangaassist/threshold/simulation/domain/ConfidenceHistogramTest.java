package com.mangaassist.threshold.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.model.routing.ConfidenceBins;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConfidenceHistogramTest {

    @Test
    void countsAndRangesAddUp() {
        ConfidenceHistogram histogram = ConfidenceHistogram.builder()
                .add(0, 1)
                .add(849, 2)
                .add(850, 3)
                .addScore(1.0, 4)
                .build();

        assertThat(histogram.total()).isEqualTo(10);
        assertThat(histogram.count(1000)).isEqualTo(4);
        assertThat(histogram.countBetween(0, 850)).isEqualTo(3);
        assertThat(histogram.countBetween(850, ConfidenceBins.COUNT)).isEqualTo(7);
        assertThat(histogram.countAtOrAbove(0.85)).isEqualTo(7);
        assertThat(histogram.countBetween(5, 5)).isZero();
    }

    @Test
    void confidenceSumsUseBinMidpointsAndExactlyOneForTheTopBin() {
        ConfidenceHistogram histogram =
                ConfidenceHistogram.builder().add(900, 2).add(1000, 1).build();

        assertThat(ConfidenceHistogram.representative(900)).isCloseTo(0.9005, within(1e-12));
        assertThat(ConfidenceHistogram.representative(1000)).isEqualTo(1.0);
        assertThat(histogram.confidenceSum(0, ConfidenceBins.COUNT)).isCloseTo(2 * 0.9005 + 1.0, within(1e-12));
        assertThat(histogram.meanConfidence()).isCloseTo((2 * 0.9005 + 1.0) / 3, within(1e-12));
        assertThat(ConfidenceHistogram.empty().meanConfidence()).isZero();
    }

    @Test
    void mergingIsAdditionAssociativeAndCommutative() {
        Random random = new Random(11);
        ConfidenceHistogram a = randomHistogram(random);
        ConfidenceHistogram b = randomHistogram(random);
        ConfidenceHistogram c = randomHistogram(random);

        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(ConfidenceHistogram.empty())).isEqualTo(a);
        ConfidenceHistogram sum = a.plus(b);
        for (int bin = 0; bin < ConfidenceBins.COUNT; bin++) {
            assertThat(sum.count(bin)).isEqualTo(a.count(bin) + b.count(bin));
        }
        assertThat(sum.total()).isEqualTo(a.total() + b.total());
        assertThat(ConfidenceHistogram.sum(List.of(c, a, b)))
                .isEqualTo(a.plus(b).plus(c));
    }

    @Test
    void aHistogramIsNotChangedByItsSourceOrItsBuilder() {
        long[] counts = new long[ConfidenceBins.COUNT];
        counts[3] = 5;
        ConfidenceHistogram histogram = ConfidenceHistogram.of(counts);
        counts[3] = 99;
        histogram.toArray()[3] = 42;

        ConfidenceHistogram.Builder builder = ConfidenceHistogram.builder().add(7, 1);
        ConfidenceHistogram built = builder.build();
        builder.add(7, 1);

        assertThat(histogram.count(3)).isEqualTo(5);
        assertThat(built.count(7)).isEqualTo(1);
        assertThat(builder.build().count(7)).isEqualTo(2);
    }

    @Test
    void badCountsAndBinsAreRejected() {
        assertThatThrownBy(() -> ConfidenceHistogram.of(new long[1000])).isInstanceOf(IllegalArgumentException.class);
        long[] negative = new long[ConfidenceBins.COUNT];
        negative[0] = -1;
        assertThatThrownBy(() -> ConfidenceHistogram.of(negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceHistogram.builder().add(1001, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceHistogram.builder().add(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceHistogram.empty().countBetween(10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ConfidenceHistogram randomHistogram(Random random) {
        ConfidenceHistogram.Builder builder = ConfidenceHistogram.builder();
        for (int i = 0; i < 300; i++) {
            builder.add(random.nextInt(ConfidenceBins.COUNT), random.nextInt(1_000));
        }
        return builder.build();
    }
}
