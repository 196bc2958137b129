package com.mangaassist.model.delivery;

/** Lifecycle of a delivery promise: PENDING until delivered to the connection or to the fallback chain. */
public enum PromiseStatus {
    PENDING,
    DELIVERED,
    FALLBACK
}
