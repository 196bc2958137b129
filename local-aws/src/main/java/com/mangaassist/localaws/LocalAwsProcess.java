package com.mangaassist.localaws;

import com.mangaassist.localaws.junit.AwsBackend;
import com.mangaassist.localaws.process.ChildProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The local stack running in a JVM of its own, started from another JVM (a test JVM or the suite
 * launcher). Its classpath and the node directory come from build metadata inside this module's jar, so
 * the stack's heavy dependencies (OpenSearch, ElasticMQ) never reach the caller's classpath. The child
 * stops when {@link #close()} is called or when this JVM dies (the {@link ChildProcess} guard).
 */
public final class LocalAwsProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Container images may have to be pulled first. */
    private static final Duration CONTAINERS_START_TIMEOUT = Duration.ofMinutes(10);

    private static final String METADATA = "/META-INF/mangaassist/local-aws.properties";

    private final ChildProcess child;
    private final LocalAwsEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private LocalAwsProcess(ChildProcess child, LocalAwsEndpoints endpoints) {
        this.child = child;
        this.endpoints = endpoints;
    }

    /**
     * Starts the launcher without {@code without} and waits until it is ready. Its output goes to
     * {@code logFile}.
     */
    public static LocalAwsProcess start(Set<Component> without, Path logFile) {
        return start(without, logFile, null);
    }

    /** As above; OpenSearch keeps its data in {@code openSearchHome} across restarts when it is given. */
    public static LocalAwsProcess start(Set<Component> without, Path logFile, Path openSearchHome) {
        return start(without, logFile, openSearchHome, AwsBackend.LOCAL_AWS);
    }

    /**
     * As above, on {@code backend}. For {@link AwsBackend#LOCALSTACK} the launcher's classpath also gets the
     * Testcontainers jars (build metadata {@code classpath.localstack.file}) and the start may take longer (image
     * pulls).
     */
    public static LocalAwsProcess start(Set<Component> without, Path logFile, Path openSearchHome, AwsBackend backend) {
        List<String> command = command(metadata(), without, openSearchHome, backend);
        ChildProcess child = ChildProcess.start("local-aws", command, null, logFile);
        String ready = child.awaitLine(
                line -> line.startsWith(LocalAwsEndpoints.READY_MARKER + " "),
                backend == AwsBackend.LOCALSTACK ? CONTAINERS_START_TIMEOUT : START_TIMEOUT);
        return new LocalAwsProcess(child, LocalAwsEndpoints.fromReadyLine(ready));
    }

    /** The launcher's command line for {@code backend}, from the build metadata. */
    static List<String> command(Properties metadata, Set<Component> without, Path openSearchHome, AwsBackend backend) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx" + metadata.getProperty("heap", "1g"));
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dlogback.configurationFile=local-aws-logback.xml");
        command.add("-cp");
        List<String> classpath = new ArrayList<>(
                List.of(ownLocation(), metadata.getProperty("opensearch-knn.jar"), metadata.getProperty("classpath")));
        if (backend == AwsBackend.LOCALSTACK) {
            String localStackClasspath = metadata.getProperty("classpath.localstack", "");
            if (localStackClasspath.isBlank()) {
                throw new IllegalStateException(
                        "the localstack back end needs Testcontainers on the launcher's"
                                + " classpath, but the build metadata lists none (classpath.localstack.file): rebuild local-aws");
            }
            classpath.add(localStackClasspath);
        }
        command.add(String.join(java.io.File.pathSeparator, classpath));
        command.add(LocalAwsLauncher.class.getName());
        command.add("--node-dir");
        command.add(metadata.getProperty("node.dir"));
        if (openSearchHome != null) {
            command.add("--opensearch-home");
            command.add(openSearchHome.toAbsolutePath().toString());
        }
        if (!without.isEmpty()) {
            command.add("--without");
            command.add(without.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (backend != AwsBackend.LOCAL_AWS) {
            command.add("--backend");
            command.add(backend.argument());
        }
        return command;
    }

    public LocalAwsEndpoints endpoints() {
        return endpoints;
    }

    /** Creates every table and queue under {@code prefix} in the running stack. */
    public void provision(String prefix) {
        call("POST", "/local/provision?prefix=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
    }

    /** Points the gateway's WebSocket routes at {@code integrationBase}. */
    public void setGatewayIntegration(URI integrationBase) {
        call(
                "PUT",
                "/local/gateway/integration?url="
                        + URLEncoder.encode(integrationBase.toString(), StandardCharsets.UTF_8));
    }

    /**
     * Switches the replay drill on or off: while on, every message sent to any queue (by any client, and by the Step
     * Functions stand-in) is enqueued a second time, the copy after a random delay of 0 to 3 s. Off at start.
     */
    public void setSqsReplay(boolean on) {
        call("PUT", "/local/sqs/replay?mode=" + (on ? "twice" : "off"));
    }

    /** How many replayed copies the SQS stand-in has enqueued since the stack started. */
    public long sqsReplayedCopies() {
        String state = call("GET", "/local/sqs/replay").strip();
        return Long.parseLong(state.substring(state.indexOf(' ') + 1));
    }

    public boolean isAlive() {
        return child.isAlive();
    }

    public long pid() {
        return child.pid();
    }

    @Override
    public void close() {
        child.close();
    }

    private String call(String method, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(endpoints.control().resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(1))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("local-aws control " + pathAndQuery + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Properties metadata() {
        try (InputStream in = LocalAwsProcess.class.getResourceAsStream(METADATA)) {
            if (in == null) {
                throw new IllegalStateException(METADATA + " is missing: build local-aws with Maven first");
            }
            Properties properties = new Properties();
            properties.load(in);
            String classpath = java.nio.file.Files.readString(Path.of(properties.getProperty("classpath.file")));
            properties.setProperty("classpath", classpath.strip());
            String localStackFile = properties.getProperty("classpath.localstack.file");
            if (localStackFile != null && java.nio.file.Files.exists(Path.of(localStackFile))) {
                properties.setProperty(
                        "classpath.localstack",
                        java.nio.file.Files.readString(Path.of(localStackFile)).strip());
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read local-aws build metadata", e);
        }
    }

    private static String ownLocation() {
        try {
            return Path.of(LocalAwsProcess.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
