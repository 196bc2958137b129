package com.mangaassist.orchestrator.catalog.application;

import java.time.Duration;

/** What an index build did. */
public sealed interface BuildOutcome {

    String index();

    long documents();

    /** The index already held exactly the products the catalog gives, and no rebuild was asked for. */
    record AlreadyBuilt(String index, long documents) implements BuildOutcome {}

    /** The index was (re)created and filled; {@code took} covers reading, embedding and indexing. */
    record Built(String index, long documents, Duration took) implements BuildOutcome {}
}
