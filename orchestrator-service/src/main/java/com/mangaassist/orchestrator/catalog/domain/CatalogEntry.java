package com.mangaassist.orchestrator.catalog.domain;

import com.mangaassist.orchestrator.answering.domain.Product;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A product as the search index holds it: the product, its Japanese titles and its synopsis if any. */
public record CatalogEntry(Product product, List<String> japaneseTitles, Optional<String> synopsis) {

    public CatalogEntry {
        Objects.requireNonNull(product, "product");
        japaneseTitles = List.copyOf(japaneseTitles);
        Objects.requireNonNull(synopsis, "synopsis");
    }

    public static CatalogEntry of(Product product, TitleAliases aliases, TitleSynopses synopses) {
        return new CatalogEntry(product, aliases.of(product.title()), synopses.of(product.title()));
    }

    /**
     * The text whose embedding represents the product in semantic search: title, English title,
     * demographic and type, authors, genres and the synopsis, for example {@code Berserk. Seinen manga by
     * Kentarou Miura, Studio Gaga: action, adventure, drama, fantasy, horror. Guts, a ...}.
     */
    public String embeddingText() {
        StringBuilder text = new StringBuilder(product.title());
        if (product.englishTitle() != null) {
            text.append(" (").append(product.englishTitle()).append(')');
        }
        text.append(". ");
        if (product.demographic() != null) {
            text.append(product.demographic()).append(' ');
        }
        text.append(product.type().toLowerCase(Locale.ROOT));
        if (!product.authors().isEmpty()) {
            text.append(" by ").append(String.join(", ", product.authors()));
        }
        if (!product.genres().isEmpty()) {
            text.append(": ").append(String.join(", ", product.genres()).toLowerCase(Locale.ROOT));
        }
        text.append('.');
        synopsis.ifPresent(line -> text.append(' ').append(line));
        return text.toString();
    }
}
