package com.mangaassist.localaws.containers;

import com.mangaassist.localaws.Component;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the {@code localstack} back end runs for a set of requested components, and under which endpoint keys the
 * tests find it (the keys of {@link com.mangaassist.localaws.LocalAwsEndpoints}, unchanged):
 *
 * <ul>
 *   <li>DynamoDB, SQS, Step Functions and SES: one LocalStack container with exactly those services, every key
 *       pointing at its edge endpoint;
 *   <li>Redis: a {@code redis} container ({@code redis://host:port});
 *   <li>OpenSearch: an {@code opensearchproject/opensearch} container, security off ({@code http://host:port});
 *   <li>the WebSocket gateway with its management API, and the JWT issuer: still the {@code local-aws} stand-ins
 *       ({@link #standIns()}), because LocalStack's community edition has neither API Gateway WebSocket APIs nor
 *       the {@code @connections} management API, and no Cognito.
 * </ul>
 *
 * @param localStackServices LocalStack's {@code SERVICES}, in a fixed order; empty means no LocalStack container
 * @param redis whether a Redis container runs
 * @param openSearch whether an OpenSearch container runs
 * @param standIns the components that stay on the {@code local-aws} stand-ins
 */
public record ContainerPlan(
        List<String> localStackServices, boolean redis, boolean openSearch, Set<Component> standIns) {

    /** LocalStack image; a system property of the launcher JVM may pin another. */
    public static final String LOCALSTACK_IMAGE =
            System.getProperty("mangaassist.localstack.image", "localstack/localstack:4.4");
    /** Redis image, the major version ElastiCache runs. */
    public static final String REDIS_IMAGE = System.getProperty("mangaassist.redis.image", "redis:7.4-alpine");
    /** OpenSearch image, the version of the {@code local-aws} stand-in (with the k-NN plugin). */
    public static final String OPENSEARCH_IMAGE =
            System.getProperty("mangaassist.opensearch.image", "opensearchproject/opensearch:2.19.1");

    private static final Map<Component, String> LOCALSTACK_SERVICES = serviceByComponent();

    public ContainerPlan {
        localStackServices = List.copyOf(localStackServices);
        Set<Component> copy = EnumSet.noneOf(Component.class);
        copy.addAll(Objects.requireNonNull(standIns, "standIns"));
        standIns = Collections.unmodifiableSet(copy);
    }

    /** The plan for the components a test JVM asked for (all but its {@code localaws.without}). */
    public static ContainerPlan of(Set<Component> components) {
        List<String> services = new ArrayList<>();
        Set<Component> standIns = EnumSet.noneOf(Component.class);
        Set<Component> ordered = EnumSet.noneOf(Component.class);
        ordered.addAll(components);
        for (Component component : ordered) {
            String service = LOCALSTACK_SERVICES.get(component);
            if (service != null) {
                services.add(service);
            } else if (component == Component.GATEWAY || component == Component.ISSUER) {
                standIns.add(component);
            }
        }
        return new ContainerPlan(
                services, components.contains(Component.REDIS), components.contains(Component.OPENSEARCH), standIns);
    }

    /** Whether any container runs at all (the console's tests, for example, need only the issuer). */
    public boolean needsDocker() {
        return !localStackServices.isEmpty() || redis || openSearch;
    }

    /**
     * The endpoint keys for the started containers: every LocalStack service key → {@code localStack}, {@code redis}
     * and {@code opensearch} → their containers. An argument may be null when its container is not in the plan.
     */
    public Map<String, String> endpoints(URI localStack, URI redisUri, URI openSearchUri) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String service : localStackServices) {
            endpoints.put(
                    service,
                    Objects.requireNonNull(localStack, "LocalStack endpoint").toString());
        }
        if (redis) {
            endpoints.put(
                    "redis", Objects.requireNonNull(redisUri, "Redis endpoint").toString());
        }
        if (openSearch) {
            endpoints.put(
                    "opensearch",
                    Objects.requireNonNull(openSearchUri, "OpenSearch endpoint").toString());
        }
        return endpoints;
    }

    /**
     * The endpoint keys of the LocalStack services alone, all at {@code awsEndpoint}: for a LocalStack that runs
     * already ({@code docker-compose.yml}'s), which the launcher only provisions.
     */
    public Map<String, String> awsEndpoints(URI awsEndpoint) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String service : localStackServices) {
            endpoints.put(
                    service, Objects.requireNonNull(awsEndpoint, "AWS endpoint").toString());
        }
        return endpoints;
    }

    /** The components LocalStack serves (DynamoDB, SQS, Step Functions, SES). */
    public static Set<Component> servedByLocalStack() {
        return EnumSet.copyOf(LOCALSTACK_SERVICES.keySet());
    }

    /** OpenSearch as one node, plain HTTP, no security plugin, a small heap; the k-NN plugin ships in the image. */
    public static Map<String, String> openSearchEnvironment() {
        return Map.of(
                "discovery.type", "single-node",
                "DISABLE_SECURITY_PLUGIN", "true",
                "DISABLE_INSTALL_DEMO_CONFIG", "true",
                "OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    }

    /** The components the containers replace, in the order the stand-ins would have started. */
    public static Set<Component> replaced() {
        Set<Component> replaced = EnumSet.copyOf(LOCALSTACK_SERVICES.keySet());
        replaced.add(Component.REDIS);
        replaced.add(Component.OPENSEARCH);
        return replaced;
    }

    private static Map<Component, String> serviceByComponent() {
        // the endpoint key of each component is also LocalStack's name for the service
        Map<Component, String> services = new LinkedHashMap<>();
        services.put(Component.DYNAMODB, "dynamodb");
        services.put(Component.SQS, "sqs");
        services.put(Component.STEPFUNCTIONS, "stepfunctions");
        services.put(Component.SES, "ses");
        return services;
    }
}
