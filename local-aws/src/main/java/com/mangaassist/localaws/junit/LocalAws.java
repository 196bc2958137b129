package com.mangaassist.localaws.junit;

import com.mangaassist.localaws.Component;
import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.LocalAwsProcess;
import com.mangaassist.localaws.containers.ContainerPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The local stack of this test JVM: started on first use, once, and stopped when the JVM exits (the
 * child also stops by itself if this JVM is killed). Set the system property {@code localaws.without}
 * (e.g. {@code opensearch}) to leave out components the module's tests do not need. The back end is
 * {@link AwsBackend#selected()}: the stand-ins, or with {@code -Plocalstack} containers for everything but the
 * gateway and the issuer, under the same endpoint keys.
 */
public final class LocalAws {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static LocalAwsProcess process;
    private static boolean skipReported;

    private LocalAws() {}

    public static synchronized LocalAwsProcess process() {
        requireBackend();
        if (process == null || !process.isAlive()) {
            Set<Component> without = Component.parse(System.getProperty("localaws.without", ""));
            Path log = Path.of(System.getProperty(
                    "localaws.log",
                    "target/local-aws-" + ProcessHandle.current().pid() + ".log"));
            LocalAwsProcess started = LocalAwsProcess.start(without, log, null, AwsBackend.selected());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-aws-stop"));
            process = started;
        }
        return process;
    }

    /**
     * Stops the calling test (skipped, not failed) when {@code -Plocalstack} was asked for on a machine
     * without Docker, printing the reason once per JVM. With Docker, {@link #process()} starts the launcher on the
     * {@code localstack} back end: DynamoDB, SQS, Step Functions, SES, Redis and OpenSearch are containers there
     * (see {@link com.mangaassist.localaws.containers.ContainerPlan} and docs/LOCAL-STACK.md).
     */
    static synchronized void requireBackend() {
        Optional<String> missing = skipReason();
        if (missing.isPresent()) {
            Assumptions.abort(missing.get());
        }
    }

    /** Why this JVM's integration tests are skipped (printed the first time), or empty when they run. */
    static synchronized Optional<String> skipReason() {
        Optional<String> missing = skipReason(
                AwsBackend.selected(), System.getProperty("localaws.without", ""), AwsBackend::dockerMissingHere);
        if (missing.isPresent() && !skipReported) {
            skipReported = true;
            System.out.println(missing.get());
        }
        return missing;
    }

    /**
     * Why tests on {@code backend} without the components {@code without} cannot run: only the localstack back end
     * can lack something, Docker, and only when a container is needed (the console's tests need the issuer alone,
     * a stand-in on either back end).
     */
    static Optional<String> skipReason(AwsBackend backend, String without, Supplier<Optional<String>> dockerMissing) {
        if (backend != AwsBackend.LOCALSTACK) {
            return Optional.empty();
        }
        Set<Component> components = EnumSet.allOf(Component.class);
        components.removeAll(Component.parse(without));
        if (!ContainerPlan.of(components).needsDocker()) {
            return Optional.empty();
        }
        return dockerMissing.get();
    }

    public static LocalAwsEndpoints endpoints() {
        return process().endpoints();
    }

    /** A new random resource prefix with every table and queue provisioned under it. */
    public static String freshPrefix() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String prefix = "t" + HexFormat.of().formatHex(bytes);
        process().provision(prefix);
        return prefix;
    }

    /** Mints a token from the local issuer ({@code POST /local/token}). */
    public static String token(String subject, String... roles) {
        return token(endpoints().issuer(), subject, roles);
    }

    /** Mints a token from the issuer at {@code issuer}. */
    public static String token(URI issuer, String subject, String... roles) {
        return mint(issuer, subject, 0, roles);
    }

    /** A token from the local issuer that expired an hour ago (issued two hours ago, valid for one). */
    public static String expiredToken(String subject, String... roles) {
        return mint(endpoints().issuer(), subject, 7_200, roles);
    }

    private static String mint(URI issuer, String subject, long issuedSecondsAgo, String... roles) {
        String body = "{\"sub\":\"" + subject + "\",\"roles\":["
                + List.of(roles).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","))
                + "],\"ttlSeconds\":3600,\"issuedSecondsAgo\":" + issuedSecondsAgo + "}";
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve("/local/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException(
                        "issuer refused token: " + response.statusCode() + " " + response.body());
            }
            return matcher.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
