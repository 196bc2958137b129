package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;

/** The catalog index could not be read or written: OpenSearch unreachable, refused the request or failed. */
public final class OpenSearchCatalogException extends CatalogUnavailableException {

    OpenSearchCatalogException(String message) {
        super(message);
    }

    OpenSearchCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
