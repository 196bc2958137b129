package com.mangaassist.localaws.opensearch;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.process.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.http.HttpServerTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenSearch stand-in: a single OpenSearch 2.19 node running inside this JVM with the k-NN plugin
 * (the {@code lucene} engine; {@code faiss} and {@code nmslib} need native libraries that are not
 * shipped), serving the REST API over plain HTTP on loopback without security. Its data lives in a
 * temporary directory that {@link #close()} deletes.
 */
public final class OpenSearchStandIn implements StandIn {

    private static final String NETTY_PROCESSORS_PROPERTY = "opensearch.set.netty.runtime.available.processors";
    private static final Logger log = LoggerFactory.getLogger(OpenSearchStandIn.class);

    static final String KNN_PLUGIN = "org.opensearch.knn.plugin.KNNPlugin";
    private static final String CLUSTER_NAME = "local-aws";
    private static final String LOOPBACK = "127.0.0.1";

    private final Path persistentHome;
    private OpenSearchRunner runner;
    private Path home;
    private URI endpoint;
    private boolean closed;

    /** A node in a temporary directory, deleted on {@link #close()}. */
    public OpenSearchStandIn() {
        this.persistentHome = null;
    }

    /**
     * A node whose home and data live in {@code home} and survive {@link #close()}, so an index built
     * once (the catalog) is there at the next start.
     */
    public OpenSearchStandIn(Path home) {
        this.persistentHome = home;
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public synchronized void start() throws IOException {
        if (runner != null || closed) {
            throw new IllegalStateException("opensearch stand-in already started or closed");
        }
        // Another library in this JVM (the SDK, Lettuce) may have sized Netty already; OpenSearch must not
        // insist on doing it again.
        System.setProperty(NETTY_PROCESSORS_PROPERTY, "false");
        long startedAt = System.nanoTime();
        boolean started = false;
        try {
            endpoint = startNode();
            started = true;
        } finally {
            if (!started) {
                close(); // a node that failed half-way must not keep its threads, ports or files
            }
        }
        log.info(
                "opensearch ready at {} in {} ms (data in {})",
                endpoint,
                (System.nanoTime() - startedAt) / 1_000_000,
                home);
    }

    private URI startNode() throws IOException {
        home = persistentHome != null
                ? Files.createDirectories(persistentHome)
                : Files.createTempDirectory("local-aws-opensearch-");
        // The runner copies its own opensearch.yml only when none exists: an empty one leaves every
        // setting to settings() below.
        Path config = Files.createDirectories(home.resolve("node_1").resolve("config"));
        Files.writeString(config.resolve("opensearch.yml"), "# all settings come from OpenSearchStandIn\n");
        int httpPort = FreePorts.next();

        runner = new OpenSearchRunner();
        runner.onBuild((index, builder) -> builder.put(settings(httpPort)));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(home.toString())
                .numOfNode(1)
                .clusterName(CLUSTER_NAME)
                .pluginTypes(KNN_PLUGIN + "," + ClasspathPainlessExtensions.class.getName())
                // OpenSearch logs through the JVM's log4j2 configuration (errors only unless one is
                // given); the runner must not replace it with its own.
                .disableESLogger()
                .useLogger());
        runner.ensureYellow();
        // Index creation reads this default from the cluster's settings, not the node's.
        runner.admin()
                .cluster()
                .prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();

        TransportAddress bound = runner.node()
                .injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress();
        return URI.create("http://" + LOOPBACK + ":" + bound.getPort());
    }

    /** Node settings: loopback only, one node, nothing that depends on free disk or the shared heap. */
    private static Settings settings(int httpPort) {
        return Settings.builder()
                .put("network.host", LOOPBACK)
                // a range, not one port: the port found free can be taken (for example as the local
                // port of an outgoing connection) in the seconds before the node binds it; the bound
                // port is read back after the start
                .put("http.port", httpPort + "-" + Math.min(65535, httpPort + 100))
                .put("discovery.type", "single-node")
                // a developer's disk may be nearly full: never turn indices read-only because of it
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // the heap is shared with the other stand-ins: do not reject requests for their usage
                .put("indices.breaker.total.use_real_memory", false)
                .build();
    }

    @Override
    public synchronized URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("opensearch stand-in not started");
        }
        return endpoint;
    }

    /** The directory holding the node's home and data; deleted by {@link #close()} unless persistent. */
    synchronized Path dataDirectory() {
        return home;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (runner != null) {
                runner.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop opensearch", e);
        } finally {
            if (home != null && persistentHome == null) {
                deleteRecursively(home);
            }
        }
        log.info("opensearch stopped");
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
