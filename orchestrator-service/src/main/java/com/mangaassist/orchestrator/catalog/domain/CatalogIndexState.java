package com.mangaassist.orchestrator.catalog.domain;

/**
 * How far an existing catalog index is: {@code products} searchable by keyword, {@code embedded} of them also
 * by meaning, and whether it has the layout this build writes (an older layout is rebuilt, never patched).
 */
public record CatalogIndexState(long products, long embedded, boolean currentLayout) {

    public CatalogIndexState {
        if (products < 0 || embedded < 0 || embedded > products) {
            throw new IllegalArgumentException("need 0 <= embedded <= products: " + embedded + " of " + products);
        }
    }

    /** Every product is there, by keyword and by meaning, in the current layout. */
    public boolean complete(long expected) {
        return currentLayout && products == expected && embedded == expected;
    }

    /** Every product is searchable by keyword in the current layout; embeddings may be missing. */
    public boolean keywordsComplete(long expected) {
        return currentLayout && products == expected;
    }
}
