package com.mangaassist.orchestrator.answering.domain;

import java.util.List;
import java.util.Objects;

/**
 * A catalog title as the store sells it: the catalog row plus the derived JPY price and stock
 * (see the catalog feature for the derivation rule). {@code volumes} is null when unknown.
 */
public record Product(
        String productId,
        String title,
        String englishTitle,
        List<String> authors,
        List<String> genres,
        String type,
        Integer volumes,
        String status,
        String demographic,
        Integer releasedYear,
        double score,
        int priceJpy,
        int stock,
        boolean rare) {

    public Product {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        genres = List.copyOf(genres);
        if (priceJpy < 0 || stock < 0) {
            throw new IllegalArgumentException("price and stock must not be negative");
        }
    }

    public boolean inStock() {
        return stock > 0;
    }
}
