package com.mangaassist.console.oncall.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reading one signal gave: the value, or why there is none (the service refused, is down, or has no such
 * data). A step whose signal is missing says so and is never judged "ok" from invented numbers.
 */
public final class Fetched<T> {

    private final T value;
    private final String problem;

    private Fetched(T value, String problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Fetched<T> of(T value) {
        return new Fetched<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Fetched<T> failed(String problem) {
        return new Fetched<>(null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean ok() {
        return problem == null;
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The value; only after {@link #ok()}. */
    public T get() {
        if (problem != null) {
            throw new IllegalStateException("no value: " + problem);
        }
        return value;
    }

    public String problem() {
        return problem;
    }

    public <R> Fetched<R> map(Function<T, R> mapper) {
        return ok() ? Fetched.of(mapper.apply(value)) : Fetched.failed(problem);
    }

    @Override
    public String toString() {
        return ok() ? "Fetched[" + value + "]" : "Fetched[failed: " + problem + "]";
    }
}
