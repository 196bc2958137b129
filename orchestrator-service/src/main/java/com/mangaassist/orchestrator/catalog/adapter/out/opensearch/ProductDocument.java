package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import java.util.List;

/** A product as stored in the catalog index ({@code _source}); see {@link CatalogMapping} for the fields. */
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
        Product product = embedded.entry().product();
        return new ProductDocument(
                product.productId(),
                product.title(),
                product.englishTitle(),
                embedded.entry().japaneseTitles(),
                embedded.entry().synopsis().orElse(null),
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
                embedded.embedding());
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
