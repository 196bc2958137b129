package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TitleAliasesTest {

    private final TitleAliases aliases = TitleAliases.parse(new StringReader("""
            # comment
            One Piece\tワンピース
            One Piece\tONE PIECE

            One Punch-Man\tワンパンマン
            Hunter x Hunter\tハンター×ハンター
            """));

    @Test
    void aTitleMayHaveSeveralAliases() {
        assertThat(aliases.of("One Piece")).containsExactly("ワンピース", "ONE PIECE");
        assertThat(aliases.of("Berserk")).isEmpty();
    }

    @Test
    void aQuestionNamingAnAliasMentionsItsTitle() {
        assertThat(aliases.titlesMentionedIn("ワンピースの最新巻は在庫ありますか？")).containsExactly("One Piece");
        assertThat(aliases.titlesMentionedIn("ベルセルクはありますか")).isEmpty();
    }

    @Test
    void halfWidthKanaMatchesFullWidth() {
        assertThat(aliases.titlesMentionedIn("ﾜﾝﾊﾟﾝﾏﾝ 全巻")).containsExactly("One Punch-Man");
    }

    @Test
    void aliasInLatinLettersIsNotLookedForInsideText() {
        assertThat(aliases.titlesMentionedIn("Do you have one piece of advice?"))
                .isEmpty();
    }

    @Test
    void lineWithoutATabFailsWithItsNumber() {
        assertThatThrownBy(() -> TitleAliases.parse(new StringReader("One Piece\tワンピース\nBerserk ベルセルク\n")))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aSecondSynopsisForATitleFails() {
        assertThatThrownBy(() -> TitleSynopses.parse(new StringReader("Berserk\tone\nBerserk\ttwo\n")))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("second synopsis");
    }

    @Test
    void bundledResourcesLoad() {
        assertThat(TitleAliases.bundled().of("One Piece")).contains("ワンピース");
        assertThat(TitleAliases.bundled().titles()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(TitleSynopses.bundled().of("Berserk")).isPresent();
    }
}
