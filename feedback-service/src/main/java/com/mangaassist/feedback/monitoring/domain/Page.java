package com.mangaassist.feedback.monitoring.domain;

import java.time.Instant;
import java.util.Objects;

/** A page to the on-call: what was found and why a person is needed. */
public record Page(String subject, String message, Instant at) {

    public Page {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
