package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {

    private final Product berserk = CatalogCsvTest.awkwardRows().stream()
            .map(ProductDerivation::derive)
            .filter(product -> product.title().equals("Berserk"))
            .findFirst()
            .orElseThrow();

    @Test
    void embeddedTextCarriesTitleDemographicTypeAuthorsGenresAndSynopsis() {
        CatalogEntry entry = CatalogEntry.of(
                berserk,
                TitleAliases.parse(new StringReader("Berserk\tベルセルク\n")),
                TitleSynopses.parse(new StringReader("Berserk\tGuts fights.\n")));

        assertThat(entry.japaneseTitles()).containsExactly("ベルセルク");
        assertThat(entry.embeddingText())
                .startsWith("Berserk. Seinen manga by Kentarou Miura, Studio Gaga: action, adventure, award winning")
                .endsWith("psychological. Guts fights.");
    }

    @Test
    void englishTitleFollowsTheTitleAndNoSynopsisAddsNothing() {
        Product kaichou = CatalogCsvTest.awkwardRows().stream()
                .map(ProductDerivation::derive)
                .filter(product -> product.title().equals("Kaichou wa"))
                .findFirst()
                .orElseThrow();

        assertThat(CatalogEntry.of(kaichou, TitleAliases.none(), TitleSynopses.none())
                        .embeddingText())
                .isEqualTo("Kaichou wa (Maid-sama!). Shoujo manga by Hiro Fujiwara: comedy, romance, school.");
    }
}
