package com.mangaassist.systemtests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    List<String> problems(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
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
            if (!(ports instanceof List<?> list)
                    || list.stream().noneMatch(p -> p.toString().endsWith(":" + port))) {
                problems.add(module + ": publishes " + ports + " but listens on " + port);
            }
            Set<String> prefixes = configurationProperties(root.resolve(module));
            prefixes.addAll(configurationProperties(root.resolve("service-common")));
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
        return problems;
    }

    /** The compose service whose command runs {@code <module>-*.jar}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> container(Map<String, Object> compose, String module) {
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (Object service : services.values()) {
            Map<String, Object> definition = (Map<String, Object>) service;
            if (String.valueOf(definition.get("command")).contains("/" + module + "-")) {
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
                if (!prefix.find()) {
                    continue;
                }
                String name = canonicalKey(prefix.group(1));
                known.add(name);
                Matcher record = RECORD.matcher(source.substring(prefix.end()));
                if (record.find()) {
                    for (String component : record.group(1).split(",(?![^<]*>)")) {
                        String[] parts = component.trim().split("\\s+");
                        String field = name + "." + parts[parts.length - 1].toLowerCase(Locale.ROOT);
                        // a Map component binds any key below it (mangaassist.aws.endpoints.<service>)
                        known.add(component.contains("Map<") ? field + ".*" : field);
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
