package com.mangaassist.feedback.quality.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The gate's verdict: green only when no check is red; every check with its value, threshold and reason. */
public record GateReport(boolean green, List<Check> checks, Instant evaluatedAt) {

    public GateReport {
        checks = List.copyOf(checks);
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }

    /** Reasons of the red checks. */
    public List<String> reasons() {
        return checks.stream()
                .filter(c -> c.status() == Status.RED)
                .map(Check::reason)
                .toList();
    }

    public enum Status {
        GREEN,
        RED,
        /** Too little data to judge; does not turn the gate red. */
        INSUFFICIENT_DATA
    }

    /** One check: its name, status, measured value and threshold, sample size and a sentence for people. */
    public record Check(String name, Status status, double value, double threshold, long sample, String reason) {}
}
