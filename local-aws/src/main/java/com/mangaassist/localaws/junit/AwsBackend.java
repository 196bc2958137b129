package com.mangaassist.localaws.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The back end the adapter integration tests run against, chosen by the system property
 * {@value #PROPERTY} that the root pom hands to failsafe ({@code local-aws} by default, {@code localstack}
 * with {@code -Plocalstack}). One test source, two back ends: the choice is made here, where the tests get
 * their endpoints, never in the tests themselves.
 */
public enum AwsBackend {
    /** The in-JVM stand-ins of {@code local-aws} (the default). */
    LOCAL_AWS,
    /** LocalStack plus Redis/OpenSearch containers; needs a Docker engine. */
    LOCALSTACK;

    /** The system property naming the back end. */
    public static final String PROPERTY = "mangaassist.aws.backend";

    /** The name {@link #parse(String)} reads, as the launcher's {@code --backend} takes it. */
    public String argument() {
        return this == LOCAL_AWS ? "local-aws" : "localstack";
    }

    /** The back end this JVM was asked for. */
    public static AwsBackend selected() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    /** Parses {@code local-aws} (or blank) and {@code localstack}; anything else fails fast. */
    public static AwsBackend parse(String value) {
        String name = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("local-aws")) {
            return LOCAL_AWS;
        }
        if (name.equals("localstack")) {
            return LOCALSTACK;
        }
        throw new IllegalArgumentException(PROPERTY + " must be local-aws or localstack, was '" + value + "'");
    }

    /**
     * Why the LocalStack back end cannot run here, or empty when a Docker engine is in reach: a
     * {@code DOCKER_HOST} in the environment, or the default socket file. The same places Testcontainers
     * looks first; anything subtler is left to Testcontainers' own error.
     */
    static Optional<String> dockerMissing(Map<String, String> environment, Path defaultSocket) {
        String host = environment.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return Optional.empty();
        }
        if (Files.exists(defaultSocket)) {
            return Optional.empty();
        }
        return Optional.of("-Plocalstack needs a Docker engine; none found (DOCKER_HOST unset, " + defaultSocket
                + " missing): skipping this module's integration tests");
    }

    /** {@link #dockerMissing(Map, Path)} for this machine. */
    static Optional<String> dockerMissingHere() {
        return dockerMissing(System.getenv(), Path.of("/var/run/docker.sock"));
    }
}
