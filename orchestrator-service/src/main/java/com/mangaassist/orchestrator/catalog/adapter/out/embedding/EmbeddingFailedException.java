package com.mangaassist.orchestrator.catalog.adapter.out.embedding;

/**
 * A remote embedding model could not embed a text: the call failed (throttled, refused, timed out,
 * unreachable) or the reply was not a vector of the expected size. The root exception of the remote
 * embedding integration; the cause, when there is one, is the original failure.
 */
public final class EmbeddingFailedException extends RuntimeException {

    EmbeddingFailedException(String message) {
        super(message);
    }

    EmbeddingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
