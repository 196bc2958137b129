package com.mangaassist.orchestrator.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One title of the catalog file as read, before any derivation. {@code title} is the raw {@code Title}
 * column (romaji, often with the English title in parentheses); genres and authors are the items of
 * their Python-style lists; {@code demographic} and {@code serialization} are null when empty;
 * {@code completed} is null while the catalog says {@code Updating}. Volumes and chapters are the
 * catalog's numbers, unreliable for titles still publishing.
 */
public record CatalogRow(
        String title,
        double score,
        int ranked,
        int popularity,
        int members,
        CatalogType type,
        int volumes,
        int chapters,
        CatalogStatus status,
        List<String> genres,
        String demographic,
        String serialization,
        List<String> authors,
        LocalDate released,
        LocalDate completed) {

    public CatalogRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(released, "released");
        genres = List.copyOf(genres);
        authors = List.copyOf(authors);
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
    }
}
