package com.mangaassist.orchestrator.catalog.domain;

import java.util.Objects;

/** A catalog entry with the embedding of its {@link CatalogEntry#embeddingText() text}, ready to index. */
public record EmbeddedEntry(CatalogEntry entry, float[] embedding) {

    public EmbeddedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(embedding, "embedding");
    }
}
