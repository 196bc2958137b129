package com.mangaassist.orchestrator.catalog.domain;

import java.util.Optional;

/** The kinds of title in the catalog ({@code Types} column), with the price band the store sells them in. */
public enum CatalogType {
    MANGA("Manga", 500, 1_200),
    MANHWA("Manhwa", 500, 1_200),
    MANHUA("Manhua", 500, 1_200),
    LIGHT_NOVEL("Light Novel", 800, 1_600),
    NOVEL("Novel", 800, 1_600),
    ONE_SHOT("One-shot", 400, 900),
    DOUJINSHI("Doujinshi", 1_000, 3_000);

    private final String label;
    private final int minPriceJpy;
    private final int maxPriceJpy;

    CatalogType(String label, int minPriceJpy, int maxPriceJpy) {
        this.label = label;
        this.minPriceJpy = minPriceJpy;
        this.maxPriceJpy = maxPriceJpy;
    }

    /** The catalog's spelling, for example {@code Light Novel}. */
    public String label() {
        return label;
    }

    /** Lowest price per volume, in yen. */
    public int minPriceJpy() {
        return minPriceJpy;
    }

    /** Highest price per volume, in yen. */
    public int maxPriceJpy() {
        return maxPriceJpy;
    }

    public static Optional<CatalogType> fromLabel(String label) {
        for (CatalogType type : values()) {
            if (type.label.equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
