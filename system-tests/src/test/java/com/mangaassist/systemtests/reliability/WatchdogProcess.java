package com.mangaassist.systemtests.reliability;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.process.ChildProcess;
import com.mangaassist.localaws.process.FreePorts;
import com.mangaassist.systemtests.RunningSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** The delivery-watchdog from its executable jar, as a separate JVM that can be SIGKILLed and restarted. */
final class WatchdogProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path root;
    private final LocalAwsEndpoints endpoints;
    private final Path logFile;
    private final List<String> extraArgs;
    private ChildProcess process;
    private int starts;

    WatchdogProcess(Path root, LocalAwsEndpoints endpoints, Path logFile, List<String> extraArgs) {
        this.root = root;
        this.endpoints = endpoints;
        this.logFile = logFile;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** Starts the service and waits until it is healthy; returns the time that took. */
    Duration start() {
        long began = System.nanoTime();
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                executableJar().toString(),
                "--spring.profiles.active=local",
                "--server.port=" + port,
                "--mangaassist.resources.prefix=" + endpoints.prefix(),
                "--mangaassist.local.issuer=" + endpoints.issuer(),
                "--mangaassist.aws.endpoints.dynamodb=" + endpoints.dynamoDb(),
                "--mangaassist.aws.endpoints.sqs=" + endpoints.sqs(),
                "--mangaassist.aws.endpoints.ses=" + endpoints.ses(),
                "--mangaassist.aws.endpoints.apigateway-management=" + endpoints.gatewayManagement()));
        command.addAll(extraArgs);
        starts++;
        process = ChildProcess.start("delivery-watchdog-" + starts, command, root, logFile);
        awaitHealthy(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** SIGKILL to the service's JVM (not to the guard shell around it): no shutdown hook, no graceful stop. */
    void kill() {
        RunningSuite.killJvm(process);
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private void awaitHealthy(URI health) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("delivery-watchdog exited during start:\n" + process.recentOutput());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new IllegalStateException(
                "delivery-watchdog not healthy in " + START_TIMEOUT + ":\n" + process.recentOutput());
    }

    private Path executableJar() {
        Path target = root.resolve("delivery-watchdog").resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no executable jar in " + target + ": build with ./mvnw package first"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": build with ./mvnw package first", e);
        }
    }
}
