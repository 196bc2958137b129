package com.mangaassist.orchestrator.catalog.domain;

/** The catalog file or one of the bundled title resources cannot be read as documented. */
public final class CatalogFormatException extends RuntimeException {

    public CatalogFormatException(String message) {
        super(message);
    }

    public CatalogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
