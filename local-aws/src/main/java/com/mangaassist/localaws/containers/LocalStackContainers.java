package com.mangaassist.localaws.containers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The containers of a {@link ContainerPlan}, started in parallel (OpenSearch is the slow one) and stopped on
 * {@link #close()}; Testcontainers' own reaper also removes them when the launcher JVM dies. Only the launcher
 * of the {@code localstack} back end loads this class: Testcontainers is on its classpath then and only then.
 */
public final class LocalStackContainers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStackContainers.class);
    private static final int REDIS_PORT = 6379;
    private static final int OPENSEARCH_PORT = 9200;

    private final ContainerPlan plan;
    private final List<GenericContainer<?>> started = Collections.synchronizedList(new ArrayList<>());
    private LocalStackContainer localStack;
    private GenericContainer<?> redis;
    private GenericContainer<?> openSearch;

    private LocalStackContainers(ContainerPlan plan) {
        this.plan = plan;
    }

    /** Starts every container of {@code plan} and waits until each accepts requests. */
    public static LocalStackContainers start(ContainerPlan plan) {
        LocalStackContainers containers = new LocalStackContainers(plan);
        try {
            containers.startAll();
            return containers;
        } catch (RuntimeException | Error e) {
            containers.close();
            throw e;
        }
    }

    private void startAll() {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        if (!plan.localStackServices().isEmpty()) {
            localStack = new LocalStackContainer(DockerImageName.parse(ContainerPlan.LOCALSTACK_IMAGE)
                            .asCompatibleSubstituteFor("localstack/localstack"))
                    .withServices(plan.localStackServices().toArray(String[]::new));
            String authToken = System.getenv("LOCALSTACK_AUTH_TOKEN");
            if (authToken != null && !authToken.isBlank()) {
                localStack.withEnv("LOCALSTACK_AUTH_TOKEN", authToken);
            }
            starts.add(startAsync(localStack, "localstack " + plan.localStackServices()));
        }
        if (plan.redis()) {
            redis = new GenericContainer<>(DockerImageName.parse(ContainerPlan.REDIS_IMAGE))
                    .withExposedPorts(REDIS_PORT)
                    .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
            starts.add(startAsync(redis, "redis"));
        }
        if (plan.openSearch()) {
            openSearch = new GenericContainer<>(DockerImageName.parse(ContainerPlan.OPENSEARCH_IMAGE))
                    .withExposedPorts(OPENSEARCH_PORT)
                    .withEnv(ContainerPlan.openSearchEnvironment())
                    .waitingFor(Wait.forHttp("/_cluster/health")
                            .forPort(OPENSEARCH_PORT)
                            .forStatusCode(200)
                            .withStartupTimeout(Duration.ofMinutes(3)));
            starts.add(startAsync(openSearch, "opensearch"));
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<Void> startAsync(GenericContainer<?> container, String name) {
        return CompletableFuture.runAsync(() -> {
            long begin = System.nanoTime();
            started.add(container);
            container.start();
            log.info(
                    "{} container ({}) ready in {} ms",
                    name,
                    container.getDockerImageName(),
                    (System.nanoTime() - begin) / 1_000_000);
        });
    }

    /** The endpoint keys of the started containers ({@link ContainerPlan#endpoints}). */
    public Map<String, String> endpoints() {
        URI localStackUri = localStack == null ? null : localStack.getEndpoint();
        URI redisUri =
                redis == null ? null : URI.create("redis://" + redis.getHost() + ":" + redis.getMappedPort(REDIS_PORT));
        URI openSearchUri = openSearch == null
                ? null
                : URI.create("http://" + openSearch.getHost() + ":" + openSearch.getMappedPort(OPENSEARCH_PORT));
        return plan.endpoints(localStackUri, redisUri, openSearchUri);
    }

    /** Stops every container, newest first; never throws. */
    @Override
    public void close() {
        List<GenericContainer<?>> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        Collections.reverse(toStop);
        for (GenericContainer<?> container : toStop) {
            try {
                container.stop();
            } catch (RuntimeException e) {
                log.error("stopping {} failed", container.getDockerImageName(), e);
            }
        }
    }
}
