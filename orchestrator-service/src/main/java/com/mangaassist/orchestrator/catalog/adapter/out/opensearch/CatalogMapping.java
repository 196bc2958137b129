package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch.indices.CreateIndexRequest;

/**
 * The catalog index: BM25 text fields (titles, authors, genres with a standard tokenizer, lower case,
 * ASCII folding and English stop words; Japanese titles with the {@code cjk} bigram analyzer; synopses
 * with the {@code english} analyzer), keyword and numeric fields for filters, and the product's embedding
 * as a {@code knn_vector} (HNSW, Lucene engine, cosine similarity) that is indexed but not kept in
 * {@code _source}.
 */
final class CatalogMapping {

    static final String TITLE = "title";
    static final String ENGLISH_TITLE = "englishTitle";
    static final String TITLE_JA = "titleJa";
    static final String SYNOPSIS = "synopsis";
    static final String AUTHORS = "authors";
    static final String GENRES = "genres";
    static final String EMBEDDING = "embedding";

    /**
     * Fields the lexical query searches, with their boosts. Titles and authors count double; so does the
     * editors' synopsis, or one word of a short title ("Teenage Mercenary") would outweigh a synopsis
     * that matches the whole description. Japanese aliases count triple: a Japanese question can only
     * match there.
     */
    static final List<String> LEXICAL_FIELDS =
            List.of(TITLE + "^2", ENGLISH_TITLE + "^2", TITLE_JA + "^3", AUTHORS + "^2", GENRES, SYNOPSIS + "^2");

    /** Where the mapping records its layout ({@code _meta}), so a build can tell an index of an older layout. */
    static final String LAYOUT_KEY = "mangaassist_layout";

    /**
     * The layout this code writes and searches. 2: the embedding is indexed but left out of {@code _source}, so
     * searches neither read nor return 384 numbers per hit (layout 1 kept it there).
     */
    static final String LAYOUT = "2";

    private static final String TEXT_ANALYZER = "catalog_text";
    private static final int HNSW_M = 16;
    private static final int HNSW_EF_CONSTRUCTION = 128;

    private CatalogMapping() {}

    static CreateIndexRequest createIndex(String index, int dimensions) {
        return CreateIndexRequest.of(create -> create.index(index)
                .settings(settings -> settings.numberOfShards("1")
                        .knn(true)
                        .analysis(analysis -> analysis.analyzer(
                                TEXT_ANALYZER,
                                analyzer -> analyzer.custom(custom ->
                                        custom.tokenizer("standard").filter("lowercase", "asciifolding", "stop")))))
                .mappings(mappings -> mappings.dynamic(DynamicMapping.Strict)
                        .meta(LAYOUT_KEY, JsonData.of(LAYOUT))
                        .source(source -> source.excludes(EMBEDDING))
                        .properties("productId", keyword())
                        .properties(TITLE, text(TEXT_ANALYZER, true))
                        .properties(ENGLISH_TITLE, text(TEXT_ANALYZER, false))
                        .properties(TITLE_JA, text("cjk", false))
                        .properties(SYNOPSIS, text("english", false))
                        .properties(AUTHORS, text(TEXT_ANALYZER, true))
                        .properties(GENRES, text(TEXT_ANALYZER, true))
                        .properties("type", keyword())
                        .properties("status", keyword())
                        .properties("demographic", keyword())
                        .properties("volumes", integer())
                        .properties("releasedYear", integer())
                        .properties("priceJpy", integer())
                        .properties("stock", integer())
                        .properties("score", Property.of(p -> p.float_(f -> f)))
                        .properties("rare", Property.of(p -> p.boolean_(b -> b)))
                        .properties(
                                EMBEDDING,
                                Property.of(p -> p.knnVector(knn -> knn.dimension(dimensions)
                                        .method(method -> method.name("hnsw")
                                                .engine("lucene")
                                                .spaceType("cosinesimil")
                                                .parameters("m", JsonData.of(HNSW_M))
                                                .parameters("ef_construction", JsonData.of(HNSW_EF_CONSTRUCTION))))))));
    }

    static boolean isCurrentLayout(String layout) {
        return LAYOUT.equals(layout);
    }

    private static Property text(String analyzer, boolean withKeyword) {
        return Property.of(p -> p.text(text -> {
            text.analyzer(analyzer);
            if (withKeyword) {
                text.fields("raw", keyword());
            }
            return text;
        }));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property integer() {
        return Property.of(p -> p.integer(i -> i));
    }
}
