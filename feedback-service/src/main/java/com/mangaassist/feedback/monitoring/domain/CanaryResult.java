package com.mangaassist.feedback.monitoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One canary run: the synthetic message it rated, the feedback id it got, and what differed (empty when ok). */
public record CanaryResult(Instant at, String messageId, String feedbackId, List<String> problems) {

    public CanaryResult {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(messageId, "messageId");
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
