package com.mangaassist.common.runbook;

import java.util.Objects;

/**
 * One input of a runbook beyond {@code reason}, {@code dryRun} and the idempotency key: its name, type,
 * whether it must be given, its limits in words and the value used when it is absent ({@code null} when
 * there is none).
 */
public record RunbookParameter(String name, Type type, boolean required, String limits, String defaultValue) {

    /** The types a parameter can have; lists are comma-separated on query strings and in Actuator bodies. */
    public enum Type {
        TEXT,
        DECIMAL,
        WHOLE_NUMBER,
        INSTANT,
        LIST
    }

    public RunbookParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(limits, "limits");
        if (required && defaultValue != null) {
            throw new IllegalArgumentException(name + ": a required parameter has no default");
        }
    }

    public static RunbookParameter required(String name, Type type, String limits) {
        return new RunbookParameter(name, type, true, limits, null);
    }

    public static RunbookParameter optional(String name, Type type, String limits, String defaultValue) {
        return new RunbookParameter(name, type, false, limits, defaultValue);
    }
}
