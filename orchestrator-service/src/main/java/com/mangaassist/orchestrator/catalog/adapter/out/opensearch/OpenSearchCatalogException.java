package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

/** The catalog index could not be read or written: OpenSearch unreachable, refused the request or failed. */
public final class OpenSearchCatalogException extends RuntimeException {

    OpenSearchCatalogException(String message) {
        super(message);
    }

    OpenSearchCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
