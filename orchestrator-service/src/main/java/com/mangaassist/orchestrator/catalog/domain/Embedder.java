package com.mangaassist.orchestrator.catalog.domain;

import java.util.List;

/**
 * Turns text into a sentence embedding of {@link #dimensions()} floats with unit length, so that the dot
 * product of two embeddings is their cosine similarity. The same text always gives the same embedding.
 */
public interface Embedder {

    int dimensions();

    float[] embed(String text);

    /** The embeddings of many texts, in their order; implementations batch the work. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
