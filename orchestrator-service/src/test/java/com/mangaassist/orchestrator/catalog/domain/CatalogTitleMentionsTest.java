package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTitleMentionsTest {

    private final CatalogTitleMentions mentions = new CatalogTitleMentions(TitleAliases.bundled());

    @Test
    void questionNamingTheRomajiTitleMentionsIt() {
        assertThat(mentions.mentioned("Is one piece in stock?", product("One Piece", null)))
                .isTrue();
    }

    @Test
    void questionNamingTheEnglishTitleMentionsIt() {
        assertThat(mentions.mentioned("Do you have Attack on Titan?", product("Shingeki no Kyojin", "Attack on Titan")))
                .isTrue();
    }

    @Test
    void japaneseAliasMentionsTheTitle() {
        assertThat(mentions.mentioned("ワンピースの最新巻は在庫ありますか？", product("One Piece", null)))
                .isTrue();
    }

    @Test
    void sharingOneWordIsNotAMention() {
        assertThat(mentions.mentioned(
                        "Do you have the signed limited edition of Zorblax Chronicles?",
                        product("Vinland Saga Chronicles", null)))
                .isFalse();
        assertThat(mentions.mentioned("「星屑ドラゴン探偵団」の99巻は在庫ありますか？", product("Dragon Ball", null)))
                .isFalse();
    }

    private static Product product(String title, String englishTitle) {
        return new Product(
                "p-1",
                title,
                englishTitle,
                List.of(),
                List.of(),
                "Manga",
                10,
                "Finished",
                "",
                2000,
                8.0,
                500,
                3,
                false);
    }
}
