package com.mangaassist.orchestrator.catalog.domain;

import java.util.List;
import java.util.Optional;

/**
 * The search index of the catalog, as the index build sees it: created, filled in two passes (the products
 * for keyword search first, then their embeddings for semantic search), counted and compacted.
 */
public interface CatalogIndex {

    /** The physical index name, for messages. */
    String name();

    /** What the index holds; empty when the index does not exist. */
    Optional<CatalogIndexState> state();

    /** Drops the index if it exists and creates it empty, with its mapping. */
    void recreate();

    /** Adds or replaces these products without embeddings: keyword search finds them, semantic search not yet. */
    void indexKeywords(List<CatalogEntry> entries);

    /** Adds or replaces these products with their embeddings (by product id). */
    void index(List<EmbeddedEntry> entries);

    /** Makes everything indexed so far visible to searches and counts. */
    void refresh();

    /** Merges the finished index into one segment: one vector graph per query instead of one per segment. */
    void compact();
}
