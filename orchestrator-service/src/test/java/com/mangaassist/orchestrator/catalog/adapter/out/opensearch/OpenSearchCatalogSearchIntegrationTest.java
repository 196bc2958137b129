package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.catalog.adapter.out.embedding.MiniLmEmbedder;
import com.mangaassist.orchestrator.catalog.application.BuildCatalogIndex;
import com.mangaassist.orchestrator.catalog.application.BuildOutcome;
import com.mangaassist.orchestrator.catalog.application.BuildProgress;
import com.mangaassist.orchestrator.catalog.application.CatalogBuildCommand;
import com.mangaassist.orchestrator.catalog.domain.CatalogCsv;
import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.HybridFusion;
import com.mangaassist.orchestrator.catalog.domain.ProductDerivation;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.catalog.domain.TitleSynopses;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * Hybrid search against the local stack's OpenSearch, over the first 300 titles of the catalog plus a
 * few known ones that compete with them (One Piece spin-offs, Claymore, Naruto's one-shot ...).
 */
@ExtendWith(LocalAwsExtension.class)
class OpenSearchCatalogSearchIntegrationTest {

    private static final int SUBSET_SIZE = 309;

    private static Path subset;
    private static OpenSearchTransport transport;
    private static OpenSearchClient client;
    private static OpenSearchCatalogIndex index;
    private static BuildCatalogIndex build;
    private static OpenSearchCatalogSearch search;

    @BeforeAll
    static void buildTheIndex(LocalAwsEndpoints endpoints, @LocalAwsExtension.Prefix String prefix)
            throws URISyntaxException {
        subset = Path.of(OpenSearchCatalogSearchIntegrationTest.class
                .getResource("/catalog/catalog-subset.csv")
                .toURI());
        transport = OpenSearchClients.unsignedTransport(endpoints.openSearch()).build();
        client = new OpenSearchClient(transport);
        MiniLmEmbedder bulk = MiniLmEmbedder.forBatches();
        String name = prefix + "-catalog";
        index = new OpenSearchCatalogIndex(client, name, bulk.dimensions());
        build = new BuildCatalogIndex(index, bulk, TitleAliases.bundled(), TitleSynopses.bundled(), Clock.systemUTC());

        BuildOutcome outcome =
                build.build(new CatalogBuildCommand(subset, OptionalInt.empty(), false, 64), BuildProgress.SILENT);

        assertThat(outcome).isInstanceOf(BuildOutcome.Built.class);
        assertThat(outcome.documents()).isEqualTo(SUBSET_SIZE);
        search = new OpenSearchCatalogSearch(
                client, name, MiniLmEmbedder.forQueries(), TitleAliases.bundled(), HybridFusion.standard());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }

    @AfterAll
    static void dropTheIndex() throws IOException {
        client.indices().delete(d -> d.index(index.name()));
        transport.close();
    }

    @Test
    void englishQuestionAboutOnePieceFindsOnePieceFirst() {
        List<RetrievedProduct> found = search.search("Is the latest One Piece volume in stock?", Language.EN, 5);

        assertThat(found.get(0).product().title()).isEqualTo("One Piece");
        assertThat(found.get(0).product().type()).isEqualTo("Manga");
    }

    @Test
    void japaneseQuestionFindsOnePieceFirstThroughItsAlias() {
        List<RetrievedProduct> found = search.search("ワンピースの最新巻は在庫ありますか？", Language.JA, 5);

        assertThat(found.get(0).product().title()).isEqualTo("One Piece");
        assertThat(found.get(0).lexicalScore()).isEqualTo(1.0);
    }

    @Test
    void describedStoryFindsBerserkAmongTheFirstThree() {
        List<RetrievedProduct> found =
                search.search("a dark fantasy about a mercenary with a huge sword", Language.EN, 3);

        assertThat(found).extracting(r -> r.product().title()).contains("Berserk");
        assertThat(found)
                .filteredOn(r -> r.product().title().equals("Berserk"))
                .singleElement()
                .satisfies(berserk -> assertThat(berserk.semanticScore()).isPositive());
    }

    @Test
    void productReadByIdCarriesItsDerivedPriceAndStock() {
        Product berserk = CatalogCsv.read(subset).stream()
                .filter(row -> row.title().equals("Berserk"))
                .map(ProductDerivation::derive)
                .findFirst()
                .orElseThrow();

        assertThat(search.byId(berserk.productId())).contains(berserk);
        assertThat(search.byId("p-000000000000")).isEmpty();
    }

    @Test
    void everyScoreIsInTheUnitIntervalAndResultsComeBestFirst() {
        for (String question : List.of(
                "One Piece", "a quiet slice of life story about cooking", "進撃の巨人", "Inoue Takehiko basketball")) {
            List<RetrievedProduct> found = search.search(question, Language.detect(question), 10);

            assertThat(found).as(question).hasSize(10).allSatisfy(r -> {
                assertThat(r.score()).isBetween(0.0, 1.0);
                assertThat(r.lexicalScore()).isBetween(0.0, 1.0);
                assertThat(r.semanticScore()).isBetween(0.0, 1.0);
            });
            assertThat(found).extracting(RetrievedProduct::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void everySemanticScoreIsTheExactCosineWhicheverQueryFoundTheProduct() {
        MiniLmEmbedder embedder = MiniLmEmbedder.forQueries();
        Map<String, CatalogEntry> entries = CatalogCsv.read(subset).stream()
                .map(row ->
                        CatalogEntry.of(ProductDerivation.derive(row), TitleAliases.bundled(), TitleSynopses.bundled()))
                .collect(Collectors.toMap(e -> e.product().productId(), e -> e));
        for (String question : List.of("Is the latest One Piece volume in stock?", "Inoue Takehiko basketball")) {
            float[] asked = embedder.embed(search.semanticText(question));

            List<RetrievedProduct> found = search.search(question, Language.EN, 10);

            assertThat(found).as(question).allSatisfy(r -> {
                float[] stored =
                        embedder.embed(entries.get(r.product().productId()).embeddingText());
                assertThat(r.semanticScore()).isCloseTo(Math.max(0.0, cosine(asked, stored)), within(1e-3));
            });
        }
    }

    @Test
    void productsLeaveTheirEmbeddingOutOfTheStoredSource() throws IOException {
        String id = search.search("One Piece", Language.EN, 1).get(0).product().productId();

        Map<?, ?> source =
                client.get(g -> g.index(index.name()).id(id), Map.class).source();

        assertThat(source.keySet()).map(String::valueOf).contains("title").doesNotContain("embedding");
        assertThat(index.state()).contains(new CatalogIndexState(SUBSET_SIZE, SUBSET_SIZE, true));
    }

    @Test
    void anIndexWithoutEmbeddingsYetAnswersByKeyword(@LocalAwsExtension.Prefix String prefix) throws IOException {
        String name = prefix + "-keywords-only";
        OpenSearchCatalogIndex keywordsOnly = new OpenSearchCatalogIndex(client, name, 384);
        keywordsOnly.recreate();
        keywordsOnly.indexKeywords(CatalogCsv.read(subset).stream()
                .map(row ->
                        CatalogEntry.of(ProductDerivation.derive(row), TitleAliases.bundled(), TitleSynopses.bundled()))
                .toList());
        keywordsOnly.refresh();
        try {
            OpenSearchCatalogSearch byKeyword = new OpenSearchCatalogSearch(
                    client, name, MiniLmEmbedder.forQueries(), TitleAliases.bundled(), HybridFusion.standard());

            List<RetrievedProduct> found = byKeyword.search("Is the latest One Piece volume in stock?", Language.EN, 5);

            assertThat(keywordsOnly.state()).contains(new CatalogIndexState(SUBSET_SIZE, 0, true));
            assertThat(found.get(0).product().title()).isEqualTo("One Piece");
            assertThat(found).allSatisfy(r -> assertThat(r.semanticScore()).isZero());
        } finally {
            client.indices().delete(d -> d.index(name));
        }
    }

    @Test
    void aCompleteIndexIsNotBuiltAgain() {
        BuildOutcome again =
                build.build(new CatalogBuildCommand(subset, OptionalInt.empty(), false, 64), BuildProgress.SILENT);

        assertThat(again).isEqualTo(new BuildOutcome.AlreadyBuilt(index.name(), SUBSET_SIZE));
    }
}
