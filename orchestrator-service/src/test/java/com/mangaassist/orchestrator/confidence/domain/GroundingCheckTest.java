package com.mangaassist.orchestrator.confidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private static final Product ONE_PIECE = new Product(
            "p-1",
            "One Piece",
            null,
            List.of("Oda, Eiichiro"),
            List.of("Action"),
            "Manga",
            107,
            "Publishing",
            "Shounen",
            1997,
            9.2,
            528,
            12,
            false);
    private final GroundingCheck check = new GroundingCheck();
    private final Map<String, Product> catalog = Map.of("p-1", ONE_PIECE);

    @Test
    void answerWhosePriceStockAndVolumesMatchTheCitedProductPasses() {
        GroundingCheck.Result result =
                check.check("One Piece: ¥528, 12 in stock, 107 volumes so far.", List.of("p-1"), catalog);

        assertThat(result.claimsChecked()).isEqualTo(3);
        assertThat(result.passed()).isTrue();
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void japaneseFiguresAreCheckedToo() {
        GroundingCheck.Result result = check.check("ワンピースは528円、在庫は12冊です。全107巻。", List.of("p-1"), catalog);

        assertThat(result.claimsChecked()).isEqualTo(3);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aWrongPriceFailsTheCheck() {
        GroundingCheck.Result result = check.check("One Piece costs ¥1,200 and 12 in stock.", List.of("p-1"), catalog);

        assertThat(result.passed()).isFalse();
        assertThat(result.score()).isEqualTo(0.5);
    }

    @Test
    void citingAnUnknownProductScoresZero() {
        GroundingCheck.Result result = check.check("Try this one.", List.of("p-404"), catalog);

        assertThat(result.citationsKnown()).isFalse();
        assertThat(result.score()).isZero();
    }

    @Test
    void answerWithoutFiguresOrCitationsHasNothingToContradict() {
        assertThat(check.check("Hello! How can I help?", List.of(), catalog).score())
                .isEqualTo(1.0);
    }
}
