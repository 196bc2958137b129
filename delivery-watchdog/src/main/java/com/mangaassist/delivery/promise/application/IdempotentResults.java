package com.mangaassist.delivery.promise.application;

import java.util.Optional;

/** First results of requests made with an {@code Idempotency-Key}, by scope (caller and action) and key. */
public interface IdempotentResults {

    Optional<String> find(String scope, String key);

    /** Stores {@code result} unless a result is already stored; returns the stored one. */
    String storeFirst(String scope, String key, String result);
}
