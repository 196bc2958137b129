package com.mangaassist.orchestrator.catalog.adapter.out.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static final List<String> TEXTS = List.of(
            "Berserk. Seinen manga by Kentarou Miura: action, dark fantasy.",
            "Slam Dunk. Shounen manga by Takehiko Inoue: sports, basketball.",
            "ワンピースの最新巻は在庫ありますか？ (One Piece)");

    @Test
    void bulkAndQueryEmbeddersAgreeAndGiveUnitVectors() {
        MiniLmEmbedder queries = MiniLmEmbedder.forQueries();
        List<float[]> bulk = MiniLmEmbedder.forBatches().embedAll(TEXTS);

        assertThat(bulk).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] single = queries.embed(TEXTS.get(i));
            assertThat(single).hasSize(384);
            assertThat(dot(single, single)).isCloseTo(1.0, within(1e-4));
            assertThat(dot(single, bulk.get(i))).as(TEXTS.get(i)).isCloseTo(1.0, within(1e-4));
        }
        assertThat(dot(bulk.get(0), bulk.get(1))).as("different texts").isLessThan(0.9);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
