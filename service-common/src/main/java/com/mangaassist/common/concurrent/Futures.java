package com.mangaassist.common.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work handed to an executor, with its failure rethrown as the work threw it. */
public final class Futures {

    private Futures() {}

    /**
     * The work's result; a {@link RuntimeException} or {@link Error} it threw is rethrown unwrapped, so callers
     * see the same failure as if they had done the work themselves.
     */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
