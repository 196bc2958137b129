package com.mangaassist.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the root {@code docker-compose.yml} against the services' real configuration: each service module
 * has a container running its jar, the published container port is the service's {@code server.port}, every
 * environment variable binds (relaxed binding) to a property the service knows, the active profiles exist,
 * and the health check asks {@code /actuator/health} on that port. A plain unit test: it starts nothing.
 */
class DockerComposeTest {

    private static final List<String> SERVICES = List.of(
            "orchestrator-service",
            "review-queue-service",
            "feedback-service",
            "threshold-service",
            "delivery-watchdog",
            "console");
    private static final Pattern PORT = Pattern.compile("\\$\\{PORT:(\\d+)}|^(\\d+)$");
    private static final Pattern CONFIG_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"");
    private static final Pattern RECORD = Pattern.compile("record\\s+\\w+\\s*\\(([^)]*)\\)");

    private static final Pattern ARGUMENT = Pattern.compile("--([a-zA-Z0-9.\\-]+)=([^\\s']+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9.\\-]+)");
    /** Spring Boot's own properties the services are given from outside (as RunningSuite does). */
    private static final Set<String> BOOT_PROPERTIES = Set.of("spring.data.redis.url");

    private final Path root = findRoot();

    @Test
    void theComposeFileMatchesTheServices() {
        assertThat(problems(load(root.resolve("docker-compose.yml")))).isEmpty();
    }

    @Test
    void aRenamedPropertyIsCaught() {
        Map<String, Object> compose = load(root.resolve("docker-compose.yml"));
        Map<String, Object> orchestrator = container(compose, "orchestrator-service");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = new LinkedHashMap<>((Map<String, Object>) orchestrator.get("environment"));
        environment.put("MANGAASSIST_AWS_ENDPOINTZ_DYNAMODB", "http://localstack:4566");
        orchestrator.put("environment", environment);
        assertThat(problems(compose)).anyMatch(p -> p.contains("MANGAASSIST_AWS_ENDPOINTZ_DYNAMODB"));
    }

    @Test
    void aWrongPortIsCaught() {
        Map<String, Object> compose = load(root.resolve("docker-compose.yml"));
        container(compose, "feedback-service").put("ports", List.of("8083:9999"));
        assertThat(problems(compose)).anyMatch(p -> p.startsWith("feedback-service: publishes"));
    }

    @Test
    void anIssuerPortTheServicesDoNotUseIsCaught() {
        Map<String, Object> compose = load(root.resolve("docker-compose.yml"));
        Map<String, Object> edge = services(compose).get("local-edge");
        edge.put("command", String.valueOf(edge.get("command")).replace("--issuer-port 9400", "--issuer-port 9500"));
        assertThat(problems(compose))
                .anyMatch(p -> p.startsWith("orchestrator-service: MANGAASSIST_LOCAL_ISSUER")
                        && p.contains("expected http://127.0.0.1:9500"));
    }

    @Test
    void noProvisioningOrAServiceThatDoesNotWaitForItIsCaught() {
        Map<String, Object> compose = load(root.resolve("docker-compose.yml"));
        Map<String, Object> edge = services(compose).get("local-edge");
        edge.put("command", String.valueOf(edge.get("command")).replace("--aws-endpoint http://127.0.0.1:4566", ""));
        container(compose, "feedback-service")
                .put("depends_on", Map.of("redis", Map.of("condition", "service_healthy")));
        assertThat(problems(compose))
                .anyMatch(p -> p.equals("local-edge: nothing provisions LocalStack (no --aws-endpoint)"))
                .anyMatch(p -> p.startsWith("feedback-service: starts before local-edge has provisioned"));
    }

    @Test
    void aDeliveryWatchdogThatCannotReachTheConnectionsApiIsCaught() {
        Map<String, Object> compose = load(root.resolve("docker-compose.yml"));
        Map<String, Object> watchdog = container(compose, "delivery-watchdog");
        watchdog.put(
                "command",
                String.valueOf(watchdog.get("command"))
                        .replace(" --mangaassist.aws.endpoints.apigateway-management=http://127.0.0.1:9402", ""));
        assertThat(problems(compose))
                .anyMatch(p -> p.startsWith("delivery-watchdog: --mangaassist.aws.endpoints.apigateway-management"));
    }

    List<String> problems(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, String> hostPorts = new LinkedHashMap<>();
        Map<String, String> listening = new LinkedHashMap<>();
        for (String module : SERVICES) {
            Map<String, Object> container = container(compose, module);
            if (container == null) {
                problems.add(module + ": no container runs its jar");
                continue;
            }
            Map<String, String> env = environment(container);
            Path resources = root.resolve(module).resolve("src/main/resources");
            List<Map<String, Object>> documents = new ArrayList<>(loadAll(resources.resolve("application.yml")));
            documents.addAll(loadAll(root.resolve("service-common/src/main/resources/mangaassist-defaults.yml")));
            Set<String> keys = new HashSet<>();
            Set<String> profiles = new HashSet<>();
            keys.addAll(placeholders(resources.resolve("application.yml")));
            keys.addAll(placeholders(root.resolve("service-common/src/main/resources/mangaassist-defaults.yml")));
            keys.addAll(BOOT_PROPERTIES);
            for (Map<String, Object> document : documents) {
                flatten("", document, keys);
                Object profile = get(document, "spring.config.activate.on-profile");
                if (profile != null) {
                    profiles.add(profile.toString());
                }
            }
            String port = env.getOrDefault("PORT", defaultPort(documents));
            Object ports = container.get("ports");
            if (hostNetwork(container)) {
                // on the host's network the container's port is the host's: nothing to publish, nothing to clash
                if (ports != null) {
                    problems.add(module + ": publishes " + ports + " but uses the host's network");
                }
                String previous = hostPorts.putIfAbsent(port, module);
                if (previous != null) {
                    problems.add(module + ": listens on " + port + " like " + previous + " on the host's network");
                }
                listening.put(module, port);
            } else if (!(ports instanceof List<?> list)
                    || list.stream().noneMatch(p -> p.toString().endsWith(":" + port))) {
                problems.add(module + ": publishes " + ports + " but listens on " + port);
            }
            Set<String> prefixes = configurationProperties(root.resolve(module));
            prefixes.addAll(configurationProperties(root.resolve("service-common")));
            for (String argument : arguments(container).keySet()) {
                String canonical = canonicalKey(argument);
                boolean known = keys.stream().anyMatch(k -> canonicalKey(k).equals(canonical))
                        || prefixes.contains(canonical)
                        || prefixes.stream()
                                .anyMatch(
                                        p -> p.endsWith(".*") && canonical.startsWith(p.substring(0, p.length() - 1)));
                if (!known) {
                    problems.add(module + ": argument --" + argument + " binds to no known property");
                }
            }
            for (String name : env.keySet()) {
                if (name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS")) {
                    continue;
                }
                if (name.equals("SPRING_PROFILES_ACTIVE")) {
                    for (String profile : env.get(name).split(",")) {
                        if (!profiles.contains(profile.trim())
                                && !Files.exists(resources.resolve("application-" + profile.trim() + ".yml"))) {
                            problems.add(module + ": profile " + profile + " has no configuration");
                        }
                    }
                    continue;
                }
                String canonical = name.toLowerCase(Locale.ROOT).replace('_', '.');
                boolean known = keys.stream().anyMatch(k -> canonicalKey(k).equals(canonical))
                        || prefixes.contains(canonical)
                        || prefixes.stream()
                                .anyMatch(
                                        p -> p.endsWith(".*") && canonical.startsWith(p.substring(0, p.length() - 1)));
                if (!known) {
                    problems.add(module + ": " + name + " binds to no known property (" + canonical + ")");
                }
            }
            Object health = container.get("healthcheck");
            String test = health instanceof Map<?, ?> map ? String.valueOf(map.get("test")) : "";
            if (!test.contains(":" + port + "/actuator/health")) {
                problems.add(module + ": health check '" + test + "' does not ask :" + port + "/actuator/health");
            }
        }
        problems.addAll(wiring(compose, listening));
        return problems;
    }

    /**
     * What makes {@code docker compose up} a working chat beyond each service's own configuration: the local-edge
     * launcher's fixed issuer and gateway ports are the ones the services were given, it provisions the LocalStack
     * and prefix the services use, its gateway forwards to the orchestrator, and every service waits for it to be
     * ready (provisioned); the infrastructure the services point at is published where they look.
     */
    List<String> wiring(Map<String, Object> compose, Map<String, String> listening) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> edge = services(compose).get("local-edge");
        if (edge == null) {
            return List.of("local-edge: missing (the issuer and the gateway)");
        }
        Map<String, String> launcher = launcherArguments(String.valueOf(edge.get("command")));
        String issuer = "http://127.0.0.1:" + launcher.get("issuer-port");
        String[] gatewayPorts = String.valueOf(launcher.get("gateway-ports")).split(",");
        String management = "http://127.0.0.1:" + gatewayPorts[gatewayPorts.length - 1];
        String webSocket = "ws://127.0.0.1:" + gatewayPorts[0] + "/";
        String aws = launcher.get("aws-endpoint");
        if (launcher.get("issuer-port") == null || gatewayPorts.length != 2) {
            problems.add(
                    "local-edge: needs --issuer-port and --gateway-ports (fixed endpoints the services are given)");
        }
        if (aws == null) {
            problems.add("local-edge: nothing provisions LocalStack (no --aws-endpoint)");
        } else if (!publishes(compose, "localstack", URI.create(aws).getPort())) {
            problems.add("local-edge: provisions " + aws + " but localstack does not publish that port");
        }
        if (!hostNetwork(edge)) {
            problems.add("local-edge: must use the host's network (its listeners are on 127.0.0.1)");
        }
        String readyFile = launcher.get("ready-file");
        Object edgeHealth = edge.get("healthcheck");
        if (readyFile == null
                || !(edgeHealth instanceof Map<?, ?> health)
                || !String.valueOf(health.get("test")).contains(readyFile)) {
            problems.add("local-edge: its health check must wait for the ready file (provisioning done)");
        }
        String orchestratorPort = listening.get("orchestrator-service");
        if (orchestratorPort != null
                && !String.valueOf(launcher.get("integration")).equals("http://127.0.0.1:" + orchestratorPort)) {
            problems.add("local-edge: the gateway forwards to " + launcher.get("integration")
                    + " but the orchestrator listens on " + orchestratorPort);
        }
        for (String module : SERVICES) {
            Map<String, Object> container = container(compose, module);
            if (container == null) {
                continue;
            }
            Map<String, String> env = environment(container);
            Map<String, String> arguments = arguments(container);
            expect(problems, module, "MANGAASSIST_LOCAL_ISSUER", env.get("MANGAASSIST_LOCAL_ISSUER"), issuer);
            Object dependsOn = container.get("depends_on");
            boolean waitsForEdge = dependsOn instanceof Map<?, ?> map && map.get("local-edge") != null
                    || dependsOn instanceof Map<?, ?> direct && transitivelyWaits(compose, direct);
            if (!waitsForEdge) {
                problems.add(module + ": starts before local-edge has provisioned (depends_on local-edge missing)");
            }
            if (module.equals("console")) {
                expect(
                        problems,
                        module,
                        "MANGAASSIST_CONSOLE_GATEWAYWEBSOCKET",
                        env.get("MANGAASSIST_CONSOLE_GATEWAYWEBSOCKET"),
                        webSocket);
                continue;
            }
            expect(
                    problems,
                    module,
                    "MANGAASSIST_RESOURCES_PREFIX",
                    env.get("MANGAASSIST_RESOURCES_PREFIX"),
                    launcher.getOrDefault("prefix", "local"));
            for (String service : List.of("DYNAMODB", "SQS", "SES", "STEPFUNCTIONS")) {
                String name = "MANGAASSIST_AWS_ENDPOINTS_" + service;
                expect(problems, module, name, env.get(name), aws);
            }
            if (module.equals("orchestrator-service") || module.equals("delivery-watchdog")) {
                expect(
                        problems,
                        module,
                        "--mangaassist.aws.endpoints.apigateway-management",
                        arguments.get("mangaassist.aws.endpoints.apigateway-management"),
                        management);
            }
            String redis = env.get("SPRING_DATA_REDIS_URL");
            if (redis != null && !publishes(compose, "redis", URI.create(redis).getPort())) {
                problems.add(module + ": Redis at " + redis + " but the redis container does not publish that port");
            }
            String openSearch = env.get("MANGAASSIST_OPENSEARCH_ENDPOINT");
            if (module.equals("orchestrator-service")
                    && (openSearch == null
                            || !publishes(
                                    compose,
                                    "opensearch",
                                    URI.create(openSearch).getPort()))) {
                problems.add(module + ": OpenSearch at " + openSearch + " is not the opensearch container's port");
            }
        }
        return problems;
    }

    private static boolean transitivelyWaits(Map<String, Object> compose, Map<?, ?> dependsOn) {
        // the console waits for the services, which wait for local-edge
        for (Object name : dependsOn.keySet()) {
            Object next = services(compose)
                    .getOrDefault(String.valueOf(name), Map.of())
                    .get("depends_on");
            if (next instanceof Map<?, ?> map && map.get("local-edge") != null) {
                return true;
            }
        }
        return false;
    }

    private static void expect(List<String> problems, String module, String name, String actual, String expected) {
        if (expected != null && !expected.equals(actual)) {
            problems.add(module + ": " + name + " is " + actual + ", expected " + expected);
        }
    }

    /** Whether the compose service {@code name} publishes {@code port} on the host. */
    private static boolean publishes(Map<String, Object> compose, String name, int port) {
        Object ports = services(compose).getOrDefault(name, Map.of()).get("ports");
        return ports instanceof List<?> list
                && list.stream()
                        .anyMatch(p -> p.toString().endsWith(":" + port + ":" + port)
                                || p.toString().equals(port + ":" + port));
    }

    private static boolean hostNetwork(Map<String, Object> container) {
        return "host".equals(String.valueOf(container.get("network_mode")));
    }

    /** {@code --name value} pairs of the launcher's command line (flags without a value map to "true"). */
    static Map<String, String> launcherArguments(String command) {
        Map<String, String> arguments = new LinkedHashMap<>();
        String[] words = command.replace("'", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("--")) {
                boolean hasValue = i + 1 < words.length && !words[i + 1].startsWith("--");
                arguments.put(words[i].substring(2), hasValue ? words[++i] : "true");
            }
        }
        return arguments;
    }

    /** Spring's {@code --name=value} arguments on a service's command line. */
    private static Map<String, String> arguments(Map<String, Object> container) {
        Map<String, String> arguments = new LinkedHashMap<>();
        Matcher matcher = ARGUMENT.matcher(String.valueOf(container.get("command")));
        while (matcher.find()) {
            arguments.put(matcher.group(1), matcher.group(2));
        }
        return arguments;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** The compose service whose command runs {@code <module>-*.jar} as the application ({@code -jar}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> container(Map<String, Object> compose, String module) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (Object service : services.values()) {
            Map<String, Object> definition = (Map<String, Object>) service;
            if (String.valueOf(definition.get("command")).contains("-jar /app/" + module + "-")) {
                return definition;
            }
        }
        return null;
    }

    private static Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = container.get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        }
        return env;
    }

    private static String defaultPort(List<Map<String, Object>> documents) {
        for (Map<String, Object> document : documents) {
            Object port = get(document, "server.port");
            if (port != null) {
                Matcher matcher = PORT.matcher(port.toString());
                if (matcher.find()) {
                    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                }
            }
        }
        return "8080";
    }

    /** Each {@code @ConfigurationProperties} prefix plus {@code prefix.component} of its record. */
    private static Set<String> configurationProperties(Path module) {
        Set<String> known = new HashSet<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = CONFIG_PREFIX.matcher(source);
                // every @ConfigurationProperties of the file (a configuration class may hold several records)
                while (prefix.find()) {
                    String name = canonicalKey(prefix.group(1));
                    known.add(name);
                    // annotations first: their parentheses (@Pattern(regexp = ...)) would end the component list
                    Matcher record =
                            RECORD.matcher(source.substring(prefix.end()).replaceAll("@\\w+(\\([^)]*\\))?", ""));
                    if (record.find()) {
                        for (String component : record.group(1).split(",(?![^<]*>)")) {
                            String[] parts = component.trim().split("\\s+");
                            String field = name + "." + parts[parts.length - 1].toLowerCase(Locale.ROOT);
                            // a Map component binds any key below it (mangaassist.aws.endpoints.<service>)
                            known.add(component.contains("Map<") ? field + ".*" : field);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** Properties a yml file refers to as {@code ${name}} (set from outside, e.g. mangaassist.local.issuer). */
    private static Set<String> placeholders(Path file) {
        Set<String> names = new HashSet<>();
        try {
            Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Relaxed binding's canonical form: lower case, no dashes. */
    static String canonicalKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "");
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Set<String> keys) {
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            keys.add(key);
            if (v instanceof Map<?, ?> child) {
                flatten(key, (Map<String, Object>) child, keys);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> document, String dotted) {
        Object current = document;
        for (String part : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(part);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml(new LoaderOptions()).load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
                if (document instanceof Map<?, ?> map) {
                    documents.add((Map<String, Object>) map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
