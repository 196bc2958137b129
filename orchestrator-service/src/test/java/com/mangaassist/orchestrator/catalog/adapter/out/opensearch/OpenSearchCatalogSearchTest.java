package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.HybridFusion;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OpenSearchCatalogSearchTest {

    private final Embedder unused = new Embedder() {
        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public float[] embed(String text) {
            throw new AssertionError("not expected");
        }
    };

    private final OpenSearchCatalogSearch search = new OpenSearchCatalogSearch(
            null,
            "unused",
            unused,
            TitleAliases.parse(new StringReader("One Piece\tワンピース\n")),
            HybridFusion.standard());

    @Test
    void japaneseAliasIsEmbeddedWithTheTitleItStandsFor() {
        assertThat(search.semanticText("ワンピースの最新巻は在庫ありますか？")).isEqualTo("ワンピースの最新巻は在庫ありますか？ (One Piece)");
        assertThat(search.semanticText("Berserk in stock?")).isEqualTo("Berserk in stock?");
    }

    @Test
    void blankQuestionOrLimitOutOfRangeIsRefused() {
        assertThatThrownBy(() -> search.search(" ", Language.EN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("One Piece", Language.EN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("One Piece", Language.EN, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
