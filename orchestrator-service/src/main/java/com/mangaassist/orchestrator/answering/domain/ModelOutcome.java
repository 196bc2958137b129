package com.mangaassist.orchestrator.answering.domain;

import java.util.Objects;

/** What a foundation model call produced. Never an exception for the expected failures. */
public sealed interface ModelOutcome {

    ModelUsage usage();

    /** A schema-valid structured answer. */
    record Answered(ModelAnswer answer, ModelUsage usage) implements ModelOutcome {
        public Answered {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** The model answered, but the output failed validation: treated as a low-confidence result. */
    record Invalid(String reason, String rawText, ModelUsage usage) implements ModelOutcome {}

    /** No model could answer (throttled, timed out, breaker open on every tier): hand off. */
    record Unavailable(String reason, ModelUsage usage) implements ModelOutcome {}
}
