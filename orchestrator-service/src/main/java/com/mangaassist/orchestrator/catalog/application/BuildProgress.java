package com.mangaassist.orchestrator.catalog.application;

import java.time.Duration;

/** Hears how an index build advances. */
public interface BuildProgress {

    BuildProgress SILENT = new BuildProgress() {};

    /** The index is about to be (re)built for {@code total} products. */
    default void started(String index, int total) {}

    /**
     * Every product is searchable by keyword ({@code elapsed} since the start); their embeddings follow, so from
     * here on the index serves searches, semantic ones over the products embedded so far.
     */
    default void keywordsReady(String index, int total, Duration elapsed) {}

    /** Another batch is embedded: {@code done} of {@code total} products, {@code elapsed} since the start. */
    default void indexed(int done, int total, Duration elapsed) {}
}
