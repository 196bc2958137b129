package com.mangaassist.orchestrator.catalog.domain;

/** The catalog's search index could not be reached or refused a call; the adapters say which and why. */
public class CatalogUnavailableException extends RuntimeException {

    protected CatalogUnavailableException(String message) {
        super(message);
    }

    protected CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
