package com.mangaassist.localaws.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.mapping.KnnVectorProperty;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch.cat.plugins.PluginsRecord;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

class OpenSearchStandInIntegrationTest {

    private static final String INDEX = "manga";
    private static final int DIMENSION = 384;

    /** Each one's embedding is a random unit vector seeded by its id: unrelated vectors, nearly orthogonal. */
    private static final List<Manga> CATALOGUE = List.of(
            new Manga("1", "One Piece", "Eiichiro Oda"),
            new Manga("2", "Berserk", "Kentaro Miura"),
            new Manga("3", "Vagabond", "Takehiko Inoue"),
            new Manga("4", "Slam Dunk", "Takehiko Inoue"),
            new Manga("5", "Monster", "Naoki Urasawa"));

    private static OpenSearchStandIn standIn;
    private static OpenSearchTransport transport;
    private static OpenSearchClient client;

    record Manga(String id, String title, String author) {

        float[] embedding() {
            return unitVector(new Random(Long.parseLong(id)));
        }

        Map<String, Object> document() {
            return Map.of("title", title, "author", author, "embedding", embedding());
        }
    }

    @BeforeAll
    static void startOpenSearchAndIndexTheCatalogue() throws Exception {
        standIn = new OpenSearchStandIn();
        long startedAt = System.nanoTime();
        standIn.start();
        long startupMillis = (System.nanoTime() - startedAt) / 1_000_000;
        logFootprint(startupMillis);

        URI endpoint = standIn.endpoint();
        transport = ApacheHttpClient5TransportBuilder.builder(
                        new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort()))
                .setMapper(new JacksonJsonpMapper())
                .build();
        client = new OpenSearchClient(transport);

        client.indices()
                .create(c -> c.index(INDEX)
                        .settings(s -> s.knn(true).numberOfShards("1"))
                        .mappings(m -> m.properties("title", p -> p.text(t -> t))
                                .properties("author", p -> p.text(t -> t))
                                .properties(
                                        "embedding",
                                        p -> p.knnVector(k -> k.dimension(DIMENSION)
                                                .method(method -> method.name("hnsw")
                                                        .engine("lucene")
                                                        .spaceType("cosinesimil"))))));
        for (Manga manga : CATALOGUE) {
            client.index(i -> i.index(INDEX).id(manga.id()).document(manga.document()));
        }
        client.indices().refresh(r -> r.index(INDEX));
    }

    @AfterAll
    static void stopOpenSearchAndCheckItsDataIsGone() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (standIn != null) {
            Path data = standIn.dataDirectory();
            standIn.close();
            standIn.close();
            assertThat(data).doesNotExist();
        }
    }

    @Test
    void knnQueryReturnsNearestVectorFirst() throws IOException {
        Manga target = CATALOGUE.get(1);
        float[] nearTarget = nudged(target.embedding());

        SearchResponse<JsonData> response = client.search(
                s -> s.index(INDEX)
                        .size(3)
                        .query(q -> q.knn(
                                k -> k.field("embedding").vector(nearTarget).k(3))),
                JsonData.class);

        List<Hit<JsonData>> hits = response.hits().hits();
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).id()).isEqualTo(target.id());
        assertThat(hits.get(0).source().toJson().asJsonObject().getString("title"))
                .isEqualTo(target.title());
        // cosinesimil scores (1 + cosine) / 2: almost 1 for the nudged copy, about 0.5 for the others
        assertThat(hits.get(0).score()).isGreaterThan(0.95);
        assertThat(hits.get(1).score()).isLessThan(0.75);
    }

    @Test
    void indexMappingReportsALuceneHnswKnnVector() throws IOException {
        var index = client.indices().get(g -> g.index(INDEX)).get(INDEX);

        assertThat(index.settings().index().knn()).isTrue();
        Property embedding = index.mappings().properties().get("embedding");
        assertThat(embedding.isKnnVector()).isTrue();
        KnnVectorProperty knn = embedding.knnVector();
        assertThat(knn.dimension()).isEqualTo(DIMENSION);
        assertThat(knn.method().name()).isEqualTo("hnsw");
        assertThat(knn.method().engine()).isEqualTo("lucene");
        assertThat(knn.method().spaceType()).isEqualTo("cosinesimil");
    }

    @Test
    void painlessScriptsCanUseTheKnnScoringFunctions() throws IOException {
        Manga target = CATALOGUE.get(3);
        List<Float> query = new ArrayList<>();
        for (float component : nudged(target.embedding())) {
            query.add(component);
        }

        SearchResponse<JsonData> response = client.search(
                s -> s.index(INDEX)
                        .size(1)
                        .query(q -> q.scriptScore(ss -> ss.query(all -> all.matchAll(m -> m))
                                .script(script -> script.inline(inline -> inline.source(
                                                "1.0 + cosineSimilarity(params.query_value, doc['embedding'])")
                                        .params("query_value", JsonData.of(query)))))),
                JsonData.class);

        assertThat(response.hits().hits()).extracting(Hit::id).containsExactly(target.id());
        assertThat(response.hits().hits().get(0).score()).isGreaterThan(1.95);
    }

    @Test
    void newIndicesHaveNoReplicaAndAreGreen() throws IOException {
        HealthResponse health = client.cluster()
                .health(h -> h.index(INDEX).waitForStatus(HealthStatus.Green).timeout(t -> t.time("10s")));

        assertThat(health.timedOut()).isFalse();
        assertThat(health.status()).isEqualTo(HealthStatus.Green);
    }

    @Test
    void knnPluginIsInstalled() throws IOException {
        List<PluginsRecord> plugins = client.cat().plugins().valueBody();

        assertThat(plugins).extracting(PluginsRecord::component).contains(OpenSearchStandIn.KNN_PLUGIN);
    }

    @Test
    void matchQueryRanksByBm25() throws IOException {
        SearchResponse<JsonData> byTitle = client.search(
                s -> s.index(INDEX).query(q -> q.match(m -> m.field("title").query(v -> v.stringValue("piece")))),
                JsonData.class);
        SearchResponse<JsonData> byAuthor = client.search(
                s -> s.index(INDEX).query(q -> q.match(m -> m.field("author").query(v -> v.stringValue("inoue")))),
                JsonData.class);

        assertThat(byTitle.hits().hits()).extracting(Hit::id).containsExactly("1");
        assertThat(byAuthor.hits().hits()).extracting(Hit::id).containsExactlyInAnyOrder("3", "4");
    }

    @Test
    void documentsIndexedWithRefreshAreSearchableAtOnce() throws IOException {
        Manga added = new Manga("6", "Pluto", "Naoki Urasawa");
        client.index(
                i -> i.index(INDEX).id(added.id()).document(added.document()).refresh(Refresh.True));

        SearchResponse<JsonData> response = client.search(
                s -> s.index(INDEX).query(q -> q.match(m -> m.field("title").query(v -> v.stringValue("pluto")))),
                JsonData.class);

        assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("6");
        client.delete(d -> d.index(INDEX).id(added.id()).refresh(Refresh.True));
    }

    @Test
    void anUnstartedStandInHasNoEndpointAndClosesTwice() {
        OpenSearchStandIn unstarted = new OpenSearchStandIn();

        assertThatThrownBy(unstarted::endpoint).isInstanceOf(IllegalStateException.class);
        unstarted.close();
        unstarted.close();
    }

    private static float[] unitVector(Random random) {
        float[] vector = new float[DIMENSION];
        double norm = 0;
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** The vector plus a little noise: still far closer to it than to any other random vector. */
    private static float[] nudged(float[] vector) {
        Random noise = new Random(42);
        float[] copy = vector.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] += (float) (noise.nextGaussian() * 0.01);
        }
        return copy;
    }

    private static void logFootprint(long startupMillis) throws IOException {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS"))
                .findFirst()
                .orElse("VmRSS: unknown");
        String footprint = String.format(
                "opensearch stand-in: started in %d ms; heap used after GC %d MiB (committed %d MiB, max %d MiB); %s",
                startupMillis, heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20, rss);
        // printed, not logged: it lands in the failsafe report whatever slf4j provider is present
        System.out.println(footprint);
    }
}
