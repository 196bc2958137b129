package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.RunningSuite;
import com.mangaassist.systemtests.ServiceModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a running suite is, for a drill in another process: {@code ./run-local} writes it to
 * {@code .local-run/suite.json} once the suite is ready and removes it when it stops.
 *
 * @param services each service's base URL by the console's name for it (orchestrator, reviews, feedback, thresholds,
 *     deliveries, console)
 * @param control the local stack's control endpoint (the stand-ins' switches)
 * @param watchdogAccessKey the access key id delivery-watchdog signs with (scenario 4 takes its permission away)
 */
public record SuiteEndpoints(
        Map<String, URI> services,
        URI gatewayWebSocket,
        URI issuer,
        URI control,
        URI dynamoDb,
        String prefix,
        String watchdogAccessKey) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SuiteEndpoints {
        services = Map.copyOf(services);
    }

    /** The endpoints of a suite started in this JVM. */
    public static SuiteEndpoints of(RunningSuite suite) {
        Map<String, URI> services = new TreeMap<>();
        services.put("orchestrator", suite.service(ServiceModule.ORCHESTRATOR));
        services.put("reviews", suite.service(ServiceModule.REVIEW_QUEUE));
        services.put("feedback", suite.service(ServiceModule.FEEDBACK));
        services.put("thresholds", suite.service(ServiceModule.THRESHOLD));
        services.put("deliveries", suite.service(ServiceModule.DELIVERY_WATCHDOG));
        services.put("console", suite.service(ServiceModule.CONSOLE));
        return new SuiteEndpoints(
                services,
                suite.stack().gatewayWebSocket(),
                suite.stack().issuer(),
                suite.stack().control(),
                suite.stack().dynamoDb(),
                suite.stack().prefix(),
                RunningSuite.accessKeyId(ServiceModule.DELIVERY_WATCHDOG));
    }

    public URI service(String name) {
        URI uri = services.get(name);
        if (uri == null) {
            throw new IllegalArgumentException("no service " + name + " in " + services.keySet());
        }
        return uri;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static SuiteEndpoints read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no running suite: " + file
                    + " is missing (start one with ./run-local and wait until it is ready)");
        }
        try {
            return JSON.readValue(Files.readString(file), SuiteEndpoints.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
