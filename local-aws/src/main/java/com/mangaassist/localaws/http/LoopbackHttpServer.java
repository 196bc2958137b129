package com.mangaassist.localaws.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A started JDK HTTP server on a free port of {@code 127.0.0.1}, answering on a pool of daemon threads of its own.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool;

    private LoopbackHttpServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts a server passing every request to {@code handler}, on {@code threads} threads named {@code name-<n>}. */
    public static LoopbackHttpServer start(String name, int threads, HttpHandler handler) throws IOException {
        return start(name, threads, Map.of("/", handler));
    }

    /** Starts a server passing requests under each path of {@code handlers} to its handler. */
    public static LoopbackHttpServer start(String name, int threads, Map<String, HttpHandler> handlers)
            throws IOException {
        return start(name, threads, handlers, 0);
    }

    /** As above on {@code port} (0: a free one), for a stack whose endpoints must be known in advance (compose). */
    public static LoopbackHttpServer start(String name, int threads, HttpHandler handler, int port) throws IOException {
        return start(name, threads, Map.of("/", handler), port);
    }

    private static LoopbackHttpServer start(String name, int threads, Map<String, HttpHandler> handlers, int port)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        handlers.forEach(server::createContext);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.start();
        return new LoopbackHttpServer(server, pool);
    }

    /** The base URI, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops listening, drops open connections and interrupts requests still being handled. */
    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /** As {@link #close()}, but first gives requests still being handled up to {@code grace} to finish. */
    public void close(Duration grace) {
        server.stop(0);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
