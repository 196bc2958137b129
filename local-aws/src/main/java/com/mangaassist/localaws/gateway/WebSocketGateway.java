package com.mangaassist.localaws.gateway;

import com.mangaassist.localaws.StandIn;
import com.mangaassist.localaws.http.LoopbackHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for an API Gateway WebSocket API with an HTTP proxy integration.
 *
 * <p>Clients connect to {@link #webSocketUri()} with {@code ?token=<jwt>}. Each connection's $connect, messages and
 * $disconnect are posted to {@code {integrationBase}/internal/ws/connect|message|disconnect} with the headers {@code
 * X-Connection-Id}, {@code X-Route-Key}, {@code X-Request-Id}, {@code X-Source-Ip}, {@code User-Agent} and {@code
 * Authorization: Bearer <token>}; a non-2xx $connect refuses the upgrade with that status. The backend answers clients
 * through the {@code @connections} API at {@link #endpoint()}, which the unmodified AWS SDK client can use. Messages
 * and posts are limited to 128 KB, as on AWS.
 */
public final class WebSocketGateway implements StandIn {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketGateway.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final int STOP_TIMEOUT_MILLIS = 2_000;
    private static final int MANAGEMENT_THREADS = 4;

    private final IntegrationClient integration;
    private final Clock clock;
    private final ConcurrentMap<String, GatewayConnection> connections = new ConcurrentHashMap<>();
    private final PostPermissions postPermissions = new PostPermissions();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile ExecutorService integrationPool;
    private volatile GatewaySocketServer socketServer;
    private volatile LoopbackHttpServer managementServer;
    private volatile URI managementUri;
    private volatile URI webSocketUri;
    private volatile int webSocketPort;
    private volatile int managementPort;

    /** A gateway without an integration yet: every $connect is refused with 502 until one is set. */
    public WebSocketGateway() {
        this(null);
    }

    /** A gateway forwarding to the given integration base, for example {@code http://127.0.0.1:8080}. */
    public WebSocketGateway(URI integrationBase) {
        this(integrationBase, Clock.systemUTC());
    }

    /** As above, with connection times (connectedAt, lastActiveAt) read from {@code clock}. */
    public WebSocketGateway(URI integrationBase, Clock clock) {
        this.integration = new IntegrationClient(integrationBase);
        this.clock = clock;
    }

    /**
     * Listens on fixed ports instead of free ones (0 keeps a free one); call before {@link #start()}. For a stack
     * whose endpoints must be known in advance ({@code docker-compose.yml}).
     */
    public WebSocketGateway onPorts(int webSocketPort, int managementPort) {
        if (started.get()) {
            throw new IllegalStateException(name() + " already started");
        }
        this.webSocketPort = webSocketPort;
        this.managementPort = managementPort;
        return this;
    }

    /** Sets or replaces the integration base; connections opened earlier keep working against the new one. */
    public void setIntegrationBase(URI integrationBase) {
        integration.setBase(integrationBase);
        LOG.info("integration base set to {}", integrationBase);
    }

    /**
     * Game days (scenario 4): PostToConnection signed with one of {@code accessKeyIds} is refused with 403
     * {@code AccessDeniedException}, as API Gateway answers a task role that lost {@code execute-api:ManageConnections};
     * an empty set gives every caller the permission back.
     */
    public void denyPostToConnection(Set<String> accessKeyIds) {
        postPermissions.deny(accessKeyIds);
        LOG.warn("PostToConnection denied for access keys {}", accessKeyIds);
    }

    /** The access keys whose PostToConnection is refused now. */
    public Set<String> postToConnectionDenied() {
        return postPermissions.denied();
    }

    /** The integration base, once set. */
    public Optional<URI> integrationBase() {
        return integration.base();
    }

    @Override
    public String name() {
        return "apigateway-websocket";
    }

    @Override
    public void start() throws Exception {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(name() + " already started");
        }
        try {
            listen();
        } catch (Exception e) {
            close();
            throw e;
        }
        LOG.info("{} listening: WebSocket {}, management {}", name(), webSocketUri, managementUri);
    }

    private void listen() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        integrationPool = Executors.newCachedThreadPool(daemonThreads("gateway-integration-"));

        socketServer = new GatewaySocketServer(
                new InetSocketAddress(loopback, webSocketPort), connections, integration, integrationPool, clock);
        socketServer.start();
        socketServer.awaitStarted(START_TIMEOUT);
        webSocketUri = URI.create("ws://127.0.0.1:" + socketServer.getPort() + "/");

        managementServer = LoopbackHttpServer.start(
                "gateway-management",
                MANAGEMENT_THREADS,
                new ManagementApi(connections, postPermissions),
                managementPort);
        managementUri = managementServer.endpoint();
    }

    /** The management ({@code @connections}) endpoint, for {@code endpointOverride} of the AWS SDK client. */
    @Override
    public URI endpoint() {
        return requireStarted(managementUri);
    }

    /** Where clients connect, for example {@code ws://127.0.0.1:41234/}; append {@code ?token=<jwt>}. */
    public URI webSocketUri() {
        return requireStarted(webSocketUri);
    }

    /** Ids of the connections currently open. */
    public Set<String> connectionIds() {
        return Set.copyOf(connections.keySet());
    }

    /** Stops both listeners and closes every client socket; their $disconnect is still forwarded, briefly. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || !started.get()) {
            return;
        }
        if (socketServer != null) {
            try {
                socketServer.stop(STOP_TIMEOUT_MILLIS, "Gateway shutting down");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (managementServer != null) {
            managementServer.close(Duration.ofMillis(STOP_TIMEOUT_MILLIS));
        }
        shutDown(integrationPool);
        connections.clear();
        LOG.info("{} stopped", name());
    }

    private static void shutDown(ExecutorService pool) {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private URI requireStarted(URI uri) {
        if (uri == null) {
            throw new IllegalStateException(name() + " not started");
        }
        return uri;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
