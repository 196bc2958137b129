package com.mangaassist.reviewqueue.task.domain;

import java.util.Objects;

/**
 * The workflow's task token: a secret that lets its holder complete the workflow. It never leaves the
 * service: {@link #toString()} is redacted and only the workflow adapter reads {@link #reveal()}.
 */
public final class TaskToken {

    private final String value;

    private TaskToken(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("task token is required");
        }
        this.value = value;
    }

    public static TaskToken of(String value) {
        return new TaskToken(value);
    }

    /** The secret itself, for the workflow and storage adapters only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskToken && ((TaskToken) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "TaskToken[redacted]";
    }
}
