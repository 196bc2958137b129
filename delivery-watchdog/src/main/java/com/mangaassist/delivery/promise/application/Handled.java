package com.mangaassist.delivery.promise.application;

import java.time.Duration;

/** What the queue consumer does with a request that did not fail: acknowledge it, or let it return later. */
public sealed interface Handled {

    /** Done (delivered, kept through the fallback chain, or found already settled): delete the message. */
    record Done(String outcome) implements Handled {}

    /** Another worker holds the promise: make the message visible again after {@code retryIn}. */
    record Deferred(Duration retryIn) implements Handled {}
}
