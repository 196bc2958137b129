package com.mangaassist.orchestrator.catalog.application;

import java.time.Duration;

/** Hears how an index build advances. */
public interface BuildProgress {

    BuildProgress SILENT = new BuildProgress() {};

    /** The index is about to be (re)created for {@code total} products. */
    default void started(String index, int total) {}

    /** Another batch is indexed: {@code done} of {@code total} products, {@code elapsed} since the start. */
    default void indexed(int done, int total, Duration elapsed) {}
}
