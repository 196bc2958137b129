package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import java.io.IOException;
import org.opensearch.client.opensearch._types.OpenSearchException;

/** Runs a client call and turns its failures into the catalog's one exception. */
final class OpenSearchCalls {

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private OpenSearchCalls() {}

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new OpenSearchCatalogException("cannot " + what + ": " + e.getMessage(), e);
        } catch (OpenSearchException e) {
            throw new OpenSearchCatalogException("OpenSearch refused to " + what + ": " + e.getMessage(), e);
        }
    }
}
