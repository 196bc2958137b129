package com.mangaassist.orchestrator.catalog.domain;

import java.util.Optional;

/** Publication status of a title ({@code Status} column). */
public enum CatalogStatus {
    FINISHED("Finished"),
    PUBLISHING("Publishing"),
    ON_HIATUS("On Hiatus"),
    DISCONTINUED("Discontinued");

    private final String label;

    CatalogStatus(String label) {
        this.label = label;
    }

    /** The catalog's spelling, for example {@code On Hiatus}. */
    public String label() {
        return label;
    }

    public static Optional<CatalogStatus> fromLabel(String label) {
        for (CatalogStatus status : values()) {
            if (status.label.equals(label)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
