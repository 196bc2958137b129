package com.mangaassist.orchestrator.answering.domain;

import java.util.Objects;

/**
 * A product found for a question, with its fused retrieval score in [0, 1] and the lexical (BM25)
 * and semantic (k-NN) components that produced it, each normalised to [0, 1].
 */
public record RetrievedProduct(Product product, double score, double lexicalScore, double semanticScore) {

    public RetrievedProduct {
        Objects.requireNonNull(product, "product");
    }
}
