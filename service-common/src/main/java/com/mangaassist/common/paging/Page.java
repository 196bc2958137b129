package com.mangaassist.common.paging;

import java.time.Instant;
import java.util.Objects;

/** A page to the on-call: what happened and why a person is needed. */
public record Page(String subject, String message, Instant at) {

    public Page {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
