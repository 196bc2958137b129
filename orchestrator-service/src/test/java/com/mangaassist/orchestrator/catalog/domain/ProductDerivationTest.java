package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductDerivationTest {

    private final Map<String, Product> products = CatalogCsvTest.awkwardRows().stream()
            .map(ProductDerivation::derive)
            .collect(Collectors.toMap(Product::title, Function.identity()));

    @Test
    void idPriceAndStockArePinnedByTheTitleTypeAndReleaseDate() {
        // values computed independently (Python hashlib) from the documented rule
        assertThat(products.get("Berserk"))
                .extracting(Product::productId, Product::priceJpy, Product::stock, Product::rare)
                .containsExactly("p-825ffff9dc8b", 1030, 29, false);
        assertThat(products.get("One Piece"))
                .extracting(Product::productId, Product::priceJpy, Product::stock, Product::rare)
                .containsExactly("p-6d3e7ef1f271", 810, 38, false);
        assertThat(products.get("Tian Guan Cifu"))
                .extracting(Product::priceJpy, Product::stock)
                .containsExactly(1510, 9);
        assertThat(products.get("Star Strings yori"))
                .extracting(Product::productId, Product::priceJpy, Product::stock, Product::rare)
                .containsExactly("p-de125a9b3850", 1300, 2, true);
    }

    @Test
    void theSameCatalogAlwaysDerivesTheSameStore() {
        List<Product> first = CatalogCsvTest.awkwardRows().stream()
                .map(ProductDerivation::derive)
                .toList();
        List<Product> second = CatalogCsvTest.awkwardRows().stream()
                .map(ProductDerivation::derive)
                .toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void priceStaysInTheBandOfTheTypeInTenYenSteps() {
        for (CatalogType type : CatalogType.values()) {
            List<Integer> prices = IntStream.range(0, 400)
                    .mapToObj(i -> ProductDerivation.derive(row("Title " + i, type, CatalogStatus.FINISHED, 2010, 100))
                            .priceJpy())
                    .toList();

            assertThat(prices)
                    .as(type.label())
                    .allSatisfy(price -> assertThat(price)
                            .isBetween(type.minPriceJpy(), type.maxPriceJpy())
                            .matches(p -> p % 10 == 0, "a multiple of ¥10"));
            assertThat(prices.stream().distinct().count())
                    .as("spread over the band")
                    .isGreaterThan(30);
        }
        assertThat(CatalogType.LIGHT_NOVEL.minPriceJpy()).isGreaterThan(CatalogType.MANGA.minPriceJpy());
    }

    @Test
    void titlesScarceByNatureHoldAtMostThreeCopiesOthersUpToForty() {
        List<Integer> ordinary = stocks(CatalogType.MANGA, CatalogStatus.FINISHED, 2010);

        assertThat(ordinary).allSatisfy(stock -> assertThat(stock).isBetween(0, 40));
        assertThat(ordinary).anySatisfy(stock -> assertThat(stock).isGreaterThan(30));
        assertThat(stocks(CatalogType.ONE_SHOT, CatalogStatus.FINISHED, 2010))
                .allSatisfy(s -> assertThat(s).isBetween(0, 3));
        assertThat(stocks(CatalogType.DOUJINSHI, CatalogStatus.FINISHED, 2010))
                .allSatisfy(s -> assertThat(s).isBetween(0, 3));
        assertThat(stocks(CatalogType.MANGA, CatalogStatus.DISCONTINUED, 2010))
                .allSatisfy(s -> assertThat(s).isBetween(0, 3));
        assertThat(stocks(CatalogType.MANGA, CatalogStatus.FINISHED, 1985))
                .allSatisfy(s -> assertThat(s).isBetween(0, 3));
    }

    @Test
    void oldDiscontinuedOneShotAndDoujinshiTitlesAreRare() {
        assertThat(products.get("Kozure Ookami").rare()).as("finished 1976").isTrue();
        assertThat(products.get("Act-age").rare()).as("discontinued").isTrue();
        assertThat(products.get("Koe no Katachi").rare()).as("one-shot").isTrue();
        assertThat(products.get("Star Strings yori").rare()).as("doujinshi").isTrue();
        assertThat(products.get("Berserk").rare())
                .as("started 1989 but still publishing")
                .isFalse();
    }

    @Test
    void outOfStockTitleIsRareOnlyWhenObscure() {
        String soldOut = IntStream.range(0, 10_000)
                .mapToObj(i -> "Sold out " + i)
                .filter(title ->
                        ProductDerivation.derive(row(title, CatalogType.MANGA, CatalogStatus.FINISHED, 2010, 100))
                                        .stock()
                                == 0)
                .findFirst()
                .orElseThrow();

        assertThat(ProductDerivation.derive(row(soldOut, CatalogType.MANGA, CatalogStatus.FINISHED, 2010, 15_000))
                        .rare())
                .isTrue();
        assertThat(ProductDerivation.derive(row(soldOut, CatalogType.MANGA, CatalogStatus.FINISHED, 2010, 100))
                        .rare())
                .isFalse();
    }

    @Test
    void trailingParenthesesHoldTheEnglishTitle() {
        assertThat(products.get("Kaichou wa").englishTitle()).isEqualTo("Maid-sama!");
        assertThat(products.get("Hi no Tori (1967)").englishTitle()).isEqualTo("Phoenix");
        assertThat(products.get("Tokyo Ghoul: \"Jack\"").englishTitle()).isEqualTo("Tokyo Ghoul [Jack]");
        assertThat(products.get("Series").englishTitle()).isEqualTo("Zaregoto");
        assertThat(products.get("Berserk").englishTitle()).isNull();
        assertThat(products.get("Photokano: Sweet Snap").englishTitle()).isNull();
    }

    @Test
    void parenthesesThatAreNotAnEnglishTitleStayInTheTitle() {
        assertThat(ProductDerivation.TitleParts.of("Karakai Jouzu no (Moto) Takagi-san"))
                .isEqualTo(new ProductDerivation.TitleParts("Karakai Jouzu no (Moto) Takagi-san", null));
        assertThat(ProductDerivation.TitleParts.of("Sket Dance (2008)"))
                .isEqualTo(new ProductDerivation.TitleParts("Sket Dance (2008)", null));
        assertThat(ProductDerivation.TitleParts.of("(Kari) Hanayome"))
                .isEqualTo(new ProductDerivation.TitleParts("(Kari) Hanayome", null));
        assertThat(ProductDerivation.TitleParts.of("Tensai Ouji (The Genius Prince (Hey, How About Treason?))"))
                .isEqualTo(
                        new ProductDerivation.TitleParts("Tensai Ouji", "The Genius Prince (Hey, How About Treason?)"));
    }

    @Test
    void authorsReadGivenNameFirst() {
        assertThat(products.get("Berserk").authors()).containsExactly("Kentarou Miura", "Studio Gaga");
    }

    @Test
    void volumesAreUnknownWhileStillPublishingOrForThePlaceholderOnHiatus() {
        assertThat(products.get("One Piece").volumes()).isNull();
        assertThat(products.get("Kyoukai no Kanata").volumes()).isNull();
        assertThat(products.get("Kozure Ookami").volumes()).isEqualTo(28);
        assertThat(products.get("Koe no Katachi").volumes()).isEqualTo(3);
    }

    private static List<Integer> stocks(CatalogType type, CatalogStatus status, int completedYear) {
        return IntStream.range(0, 300)
                .mapToObj(i -> ProductDerivation.derive(row("Stock " + i, type, status, completedYear, 100))
                        .stock())
                .toList();
    }

    static CatalogRow row(String title, CatalogType type, CatalogStatus status, int completedYear, int popularity) {
        return new CatalogRow(
                title,
                7.5,
                1000,
                popularity,
                5000,
                type,
                5,
                40,
                status,
                List.of("Drama"),
                "Seinen",
                null,
                List.of("Family,Given"),
                LocalDate.of(completedYear - 3, 4, 1),
                LocalDate.of(completedYear, 4, 1));
    }
}
