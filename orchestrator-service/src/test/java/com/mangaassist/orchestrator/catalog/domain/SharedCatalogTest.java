package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole reference catalog, where this machine has it ({@code mangaassist.catalog.csv}, by default
 * the shared data directory): every row reads, ids are unique, every hand-written title resource names a
 * real product.
 */
class SharedCatalogTest {

    private static final Path CATALOG =
            Path.of(System.getProperty("mangaassist.catalog.csv", "/work/shared/data/catalog/manga_processed.csv"));

    private static List<Product> products;

    @BeforeAll
    static void readCatalog() {
        assumeTrue(Files.isReadable(CATALOG), "the reference catalog is not on this machine: " + CATALOG);
        products =
                CatalogCsv.read(CATALOG).stream().map(ProductDerivation::derive).toList();
    }

    @Test
    void everyTitleBecomesAProductWithItsOwnId() {
        assertThat(products).hasSize(19_057);
        assertThat(products.stream().map(Product::productId).distinct().count()).isEqualTo(19_057);
    }

    @Test
    void everyAliasAndSynopsisNamesACatalogTitle() {
        Set<String> titles = products.stream().map(Product::title).collect(Collectors.toSet());

        assertThat(TitleAliases.bundled().titles())
                .allSatisfy(title -> assertThat(titles).as("alias title").contains(title));
        assertThat(TitleSynopses.bundled().titles())
                .allSatisfy(title -> assertThat(titles).as("synopsis title").contains(title));
    }

    @Test
    void rareTitlesAreAMinorityAndMostTitlesAreInStock() {
        long rare = products.stream().filter(Product::rare).count();
        long inStock = products.stream().filter(Product::inStock).count();

        assertThat(rare).isBetween(1_000L, 4_000L);
        assertThat(inStock).isGreaterThan(15_000L);
    }
}
