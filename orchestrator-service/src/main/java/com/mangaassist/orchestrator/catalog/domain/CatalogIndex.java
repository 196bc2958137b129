package com.mangaassist.orchestrator.catalog.domain;

import java.util.List;
import java.util.OptionalLong;

/** The search index of the catalog, as the index build sees it: created, filled in batches, counted. */
public interface CatalogIndex {

    /** The physical index name, for messages. */
    String name();

    /** How many products the index holds, empty when the index does not exist. */
    OptionalLong documentCount();

    /** Drops the index if it exists and creates it empty, with its mapping. */
    void recreate();

    /** Adds or replaces these products (by product id). */
    void index(List<EmbeddedEntry> entries);

    /** Makes everything indexed so far visible to searches and counts. */
    void refresh();
}
