package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import static com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCalls.call;

import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.HybridFusion;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MsearchRequest;
import org.opensearch.client.opensearch.core.MsearchResponse;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Hybrid catalog search in OpenSearch: a BM25 {@code multi_match} over titles (boosted), Japanese
 * aliases, authors, genres and synopses, and a k-NN query on the question's embedding, run together;
 * both candidate lists are then scored on both sides and fused by {@link HybridFusion}. A question that
 * names a Japanese alias is embedded with the product title it stands for, since the embedding model
 * reads English only.
 *
 * <p>Every candidate gets exact scores on both sides, from a second round trip that OpenSearch answers with
 * scores only: the cosine of a lexical-only candidate from its indexed vector (a {@code script_score} query
 * restricted to those ids), the BM25 score of a semantic-only candidate from the lexical query restricted to
 * those ids. Vectors never travel back to this service.
 */
public final class OpenSearchCatalogSearch implements CatalogSearch {

    static final int MIN_CANDIDATES = 20;
    static final int MAX_CANDIDATES = 100;
    static final int CANDIDATES_PER_RESULT = 4;

    /** Painless with the k-NN plugin's scoring functions; OpenSearch wants script scores of at least zero. */
    static final String EXACT_COSINE_SCRIPT = "1.0 + cosineSimilarity(params.query_value, doc[params.field])";

    private static final double EXACT_COSINE_OFFSET = 1.0;

    private final OpenSearchClient client;
    private final String index;
    private final Embedder embedder;
    private final TitleAliases aliases;
    private final HybridFusion fusion;

    public OpenSearchCatalogSearch(
            OpenSearchClient client, String index, Embedder embedder, TitleAliases aliases, HybridFusion fusion) {
        this.client = client;
        this.index = index;
        this.embedder = embedder;
        this.aliases = aliases;
        this.fusion = fusion;
    }

    @Override
    public List<RetrievedProduct> search(String question, Language language, int limit) {
        Objects.requireNonNull(language, "language");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("question must not be blank");
        }
        if (limit < 1 || limit > MAX_CANDIDATES) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_CANDIDATES + "]: " + limit);
        }
        int candidates = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT));
        float[] vector = embedder.embed(semanticText(question));

        Candidates found = candidates(question, vector, candidates);
        exactScores(question, vector, found);

        return fusion.fuse(found.bm25, found.cosine, language, limit).stream()
                .map(fused -> new RetrievedProduct(
                        found.documents.get(fused.productId()).toProduct(),
                        fused.score(),
                        fused.lexical(),
                        fused.semantic()))
                .toList();
    }

    /** Both queries in one round trip. */
    private Candidates candidates(String question, float[] vector, int size) {
        MsearchResponse<ProductDocument> both = call(
                "search " + index,
                () -> client.msearch(
                        m -> m.index(index)
                                .searches(s -> s.header(h -> h)
                                        .body(b -> b.query(lexical(question)).size(size)))
                                .searches(s -> s.header(h -> h)
                                        .body(b ->
                                                b.query(semantic(vector, size)).size(size))),
                        ProductDocument.class));
        Candidates found = new Candidates();
        for (Hit<ProductDocument> hit : hits(both.responses().get(1))) {
            found.documents.put(hit.id(), hit.source());
            found.cosine.put(hit.id(), cosineOfLuceneScore(hit.score()));
        }
        for (Hit<ProductDocument> hit : hits(both.responses().get(0))) {
            found.documents.putIfAbsent(hit.id(), hit.source());
            found.bm25.put(hit.id(), hit.score());
        }
        return found;
    }

    /**
     * The scores each side's candidates lack, computed by OpenSearch in one round trip: the BM25 score of the
     * semantic-only candidates (the lexical query restricted to their ids) and the cosine of the lexical-only ones
     * (their stored vectors against the question's). A product whose embedding is not indexed yet gets no cosine.
     */
    private void exactScores(String question, float[] vector, Candidates found) {
        List<String> semanticOnly = found.semanticOnly();
        List<String> lexicalOnly = found.lexicalOnly();
        if (semanticOnly.isEmpty() && lexicalOnly.isEmpty()) {
            return;
        }
        MsearchRequest.Builder request = new MsearchRequest.Builder().index(index);
        if (!semanticOnly.isEmpty()) {
            request.searches(s -> s.header(h -> h)
                    .body(b -> b.query(q -> q.bool(bool ->
                                    bool.must(lexical(question)).filter(f -> f.ids(ids -> ids.values(semanticOnly)))))
                            .size(semanticOnly.size())
                            .source(src -> src.fetch(false))));
        }
        if (!lexicalOnly.isEmpty()) {
            request.searches(s -> s.header(h -> h)
                    .body(b -> b.query(exactCosine(vector, lexicalOnly))
                            .size(lexicalOnly.size())
                            .source(src -> src.fetch(false))));
        }
        MsearchResponse<ProductDocument> exact =
                call("search " + index, () -> client.msearch(request.build(), ProductDocument.class));
        int response = 0;
        if (!semanticOnly.isEmpty()) {
            hits(exact.responses().get(response++)).forEach(hit -> found.bm25.put(hit.id(), hit.score()));
        }
        if (!lexicalOnly.isEmpty()) {
            hits(exact.responses().get(response))
                    .forEach(hit -> found.cosine.put(hit.id(), hit.score() - EXACT_COSINE_OFFSET));
        }
    }

    /** The cosine of these products' vectors with the question's, plus one (script scores must not be negative). */
    private static Query exactCosine(float[] vector, List<String> productIds) {
        List<Float> queryValue = new ArrayList<>(vector.length);
        for (float component : vector) {
            queryValue.add(component);
        }
        return Query.of(q -> q.scriptScore(score -> score.query(only ->
                        only.bool(bool -> bool.filter(f -> f.ids(ids -> ids.values(productIds)))
                                .filter(f -> f.exists(e -> e.field(CatalogMapping.EMBEDDING)))))
                .script(script -> script.inline(inline -> inline.lang("painless")
                        .source(EXACT_COSINE_SCRIPT)
                        .params("field", JsonData.of(CatalogMapping.EMBEDDING))
                        .params("query_value", JsonData.of(queryValue))))));
    }

    @Override
    public Optional<Product> byId(String productId) {
        Objects.requireNonNull(productId, "productId");
        GetResponse<ProductDocument> response = call(
                "read " + productId + " from " + index,
                () -> client.get(
                        g -> g.index(index).id(productId).sourceExcludes(CatalogMapping.EMBEDDING),
                        ProductDocument.class));
        return response.found() ? Optional.of(response.source().toProduct()) : Optional.empty();
    }

    /** The question as embedded: with the product titles of any Japanese aliases it names. */
    String semanticText(String question) {
        List<String> titles = aliases.titlesMentionedIn(question);
        return titles.isEmpty() ? question : question + " (" + String.join(", ", titles) + ")";
    }

    private static Query lexical(String question) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(question)
                .fields(CatalogMapping.LEXICAL_FIELDS)
                .type(TextQueryType.BestFields)
                .tieBreaker(0.3)));
    }

    private static Query semantic(float[] vector, int k) {
        return Query.of(q ->
                q.knn(knn -> knn.field(CatalogMapping.EMBEDDING).vector(vector).k(k)));
    }

    private List<Hit<ProductDocument>> hits(MultiSearchResponseItem<ProductDocument> item) {
        if (item.isFailure()) {
            throw new OpenSearchCatalogException(
                    "search of " + index + " failed: " + item.failure().error().type() + " "
                            + item.failure().error().reason());
        }
        return item.result().hits().hits();
    }

    /** Lucene's cosine space scores {@code (1 + cos) / 2}. */
    private static double cosineOfLuceneScore(Double score) {
        return 2.0 * score - 1.0;
    }

    /** The products either query found, their source, raw BM25 score and cosine similarity. */
    private static final class Candidates {

        private final Map<String, ProductDocument> documents = new HashMap<>();
        private final Map<String, Double> bm25 = new HashMap<>();
        private final Map<String, Double> cosine = new HashMap<>();

        List<String> semanticOnly() {
            return cosine.keySet().stream().filter(id -> !bm25.containsKey(id)).toList();
        }

        List<String> lexicalOnly() {
            return bm25.keySet().stream().filter(id -> !cosine.containsKey(id)).toList();
        }
    }
}
