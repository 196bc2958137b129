package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridFusionTest {

    private final HybridFusion fusion = HybridFusion.standard();

    @Test
    void bm25IsDividedByTheBestScoreAndWeighedWithTheCosine() {
        List<HybridFusion.Fused> fused =
                fusion.fuse(Map.of("a", 12.0, "b", 6.0), Map.of("a", 0.2, "b", 0.6), Language.EN, 10);

        assertThat(fused).extracting(HybridFusion.Fused::productId).containsExactly("a", "b");
        assertThat(fused.get(0).lexical()).isEqualTo(1.0);
        assertThat(fused.get(0).score()).isCloseTo(0.5 * 1.0 + 0.5 * 0.2, within(1e-9));
        assertThat(fused.get(1).lexical()).isCloseTo(0.5, within(1e-9));
        assertThat(fused.get(1).score()).isCloseTo(0.5 * 0.5 + 0.5 * 0.6, within(1e-9));
    }

    @Test
    void aCandidateFoundOnOneSideOnlyScoresZeroOnTheOther() {
        List<HybridFusion.Fused> fused = fusion.fuse(Map.of("lexical", 3.0), Map.of("semantic", 0.9), Language.EN, 10);

        assertThat(fused)
                .containsExactly(
                        new HybridFusion.Fused("lexical", 0.5, 1.0, 0.0),
                        new HybridFusion.Fused("semantic", 0.45, 0.0, 0.9));
    }

    @Test
    void japaneseQuestionsLeanOnTheLexicalSide() {
        Map<String, Double> bm25 = Map.of("alias", 8.0, "other", 4.0);
        Map<String, Double> cosine = Map.of("alias", 0.1, "other", 0.7);

        assertThat(fusion.fuse(bm25, cosine, Language.JA, 1).get(0).productId()).isEqualTo("alias");
        assertThat(fusion.fuse(bm25, cosine, Language.EN, 1).get(0).productId()).isEqualTo("other");
    }

    @Test
    void scoresStayInTheUnitIntervalWhateverTheInputs() {
        List<HybridFusion.Fused> fused =
                fusion.fuse(Map.of("a", 0.0, "b", 40.0), Map.of("a", -0.4, "b", 1.3, "c", Double.NaN), Language.EN, 10);

        assertThat(fused).hasSize(3).allSatisfy(f -> {
            assertThat(f.score()).isBetween(0.0, 1.0);
            assertThat(f.lexical()).isBetween(0.0, 1.0);
            assertThat(f.semantic()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void noLexicalMatchLeavesTheSemanticOrder() {
        assertThat(fusion.fuse(Map.of(), Map.of("x", 0.3, "y", 0.8), Language.EN, 10))
                .extracting(HybridFusion.Fused::productId)
                .containsExactly("y", "x");
    }

    @Test
    void limitCutsTheList() {
        assertThat(fusion.fuse(Map.of("a", 1.0, "b", 2.0, "c", 3.0), Map.of(), Language.EN, 2))
                .extracting(HybridFusion.Fused::productId)
                .containsExactly("c", "b");
    }

    @Test
    void weightsMustAddUpToOne() {
        assertThatThrownBy(() -> new HybridFusion.Weights(0.6, 0.6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HybridFusion.Weights(-0.1, 1.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
