package com.mangaassist.orchestrator.catalog.application;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Build the search index from the catalog file: all rows or the first {@code limit}, embedded and
 * written {@code batchSize} at a time; {@code recreate} rebuilds even an index that looks complete.
 */
public record CatalogBuildCommand(Path csv, OptionalInt limit, boolean recreate, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 128;

    public CatalogBuildCommand {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(limit, "limit");
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit.getAsInt());
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be in [1, 10000]: " + batchSize);
        }
    }
}
