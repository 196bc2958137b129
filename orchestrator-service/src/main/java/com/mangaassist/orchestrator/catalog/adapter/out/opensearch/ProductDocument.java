package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import java.util.List;

/**
 * A product as written to the catalog index; see {@link CatalogMapping} for the fields. The embedding is indexed
 * but not kept in {@code _source}, so a product read back from a search has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProductDocument(
        String productId,
        String title,
        String englishTitle,
        List<String> titleJa,
        String synopsis,
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
        boolean rare,
        float[] embedding) {

    static ProductDocument of(EmbeddedEntry embedded) {
        return of(embedded.entry(), embedded.embedding());
    }

    /** The product for keyword search only: no {@code embedding} field, so vector search does not see it yet. */
    static ProductDocument withoutEmbedding(CatalogEntry entry) {
        return of(entry, null);
    }

    private static ProductDocument of(CatalogEntry entry, float[] embedding) {
        Product product = entry.product();
        return new ProductDocument(
                product.productId(),
                product.title(),
                product.englishTitle(),
                entry.japaneseTitles(),
                entry.synopsis().orElse(null),
                product.authors(),
                product.genres(),
                product.type(),
                product.volumes(),
                product.status(),
                product.demographic(),
                product.releasedYear(),
                product.score(),
                product.priceJpy(),
                product.stock(),
                product.rare(),
                embedding);
    }

    Product toProduct() {
        return new Product(
                productId,
                title,
                englishTitle,
                authors == null ? List.of() : authors,
                genres == null ? List.of() : genres,
                type,
                volumes,
                status,
                demographic,
                releasedYear,
                score,
                priceJpy,
                stock,
                rare);
    }
}
