package com.mangaassist.threshold.traffic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.ConfidenceBins;
import com.mangaassist.threshold.simulation.domain.ConfidenceHistogram;
import org.junit.jupiter.api.Test;

class CoarseHistogramTest {

    @Test
    void twentyBinsOfFiftyFineBinsEach() {
        long[] fine = new long[ConfidenceBins.COUNT];
        fine[0] = 1; // 0.000 -> bin 0
        fine[49] = 2; // 0.049 -> bin 0
        fine[50] = 4; // 0.050 -> bin 1
        fine[949] = 8; // 0.949 -> bin 18
        fine[950] = 16; // 0.950 -> bin 19
        fine[999] = 32; // 0.999 -> bin 19

        CoarseHistogram coarse = CoarseHistogram.of(ConfidenceHistogram.of(fine));

        assertThat(coarse.binWidth()).isEqualTo(0.05);
        assertThat(coarse.counts()).hasSize(20);
        assertThat(coarse.counts().get(0)).isEqualTo(3);
        assertThat(coarse.counts().get(1)).isEqualTo(4);
        assertThat(coarse.counts().get(18)).isEqualTo(8);
        assertThat(coarse.counts().get(19)).isEqualTo(48);
        assertThat(coarse.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(63);
    }

    @Test
    void exactlyOneFallsIntoTheLastBin() {
        long[] fine = new long[ConfidenceBins.COUNT];
        fine[ConfidenceBins.COUNT - 1] = 5; // 1.000

        CoarseHistogram coarse = CoarseHistogram.of(ConfidenceHistogram.of(fine));

        assertThat(coarse.counts().get(19)).isEqualTo(5);
        assertThat(coarse.counts().subList(0, 19)).containsOnly(0L);
    }

    @Test
    void noTurnsGiveTwentyZeros() {
        assertThat(CoarseHistogram.of(ConfidenceHistogram.empty()).counts())
                .hasSize(20)
                .containsOnly(0L);
    }
}
