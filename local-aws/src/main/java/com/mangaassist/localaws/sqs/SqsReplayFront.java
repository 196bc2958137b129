package com.mangaassist.localaws.sqs;

import com.mangaassist.localaws.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front every SQS call of the local stack goes through (the SDK clients of the services and of the tests,
 * and the Step Functions stand-in's {@code sqs:sendMessage} integrations all use the advertised {@code sqs}
 * endpoint, and ElasticMQ's queue URLs name this front). It passes every request to ElasticMQ unchanged.
 *
 * <p>Why: the replay drill (issue 14) needs every message on every queue delivered twice, and sometimes out of order,
 * to show that no consumer doubles a side effect. With replay on, every successful {@code SendMessage} and
 * {@code SendMessageBatch} (AWS JSON or query protocol) is sent to ElasticMQ a second time, byte for byte, after a
 * random delay of 0 to {@link #MAX_REPLAY_DELAY}, so a copy can arrive after later messages. Off by default; at-least-once
 * delivery of real SQS allows exactly this. The copy of a FIFO send is deduplicated by ElasticMQ as AWS would.
 */
public final class SqsReplayFront implements AutoCloseable {

    /** The longest a replayed copy waits before it is sent. */
    public static final Duration MAX_REPLAY_DELAY = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(SqsReplayFront.class);
    /** Headers the JDK client sets itself or refuses, and hop-by-hop headers. */
    private static final Set<String> NOT_FORWARDED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding", "keep-alive");
    /** Enough for every long poll of the suite's listeners at once. */
    private static final int THREADS = 96;

    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(90);

    private final LoopbackHttpServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final ScheduledExecutorService replays = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sqs-replay");
        thread.setDaemon(true);
        return thread;
    });
    private final LongSupplier replayDelayMillis;
    private final AtomicLong replayed = new AtomicLong();
    private volatile URI target;
    private volatile boolean replay;

    private SqsReplayFront(LongSupplier replayDelayMillis) throws IOException {
        this.replayDelayMillis = replayDelayMillis;
        this.server = LoopbackHttpServer.start("sqs-front", THREADS, this::handle);
    }

    /** Starts the front on a free loopback port; requests fail with 503 until {@link #forwardTo(URI)}. */
    public static SqsReplayFront start() throws IOException {
        return new SqsReplayFront(() -> ThreadLocalRandom.current().nextLong(MAX_REPLAY_DELAY.toMillis() + 1));
    }

    /** As {@link #start()}, with the copies' delays chosen by {@code replayDelayMillis} (tests). */
    static SqsReplayFront start(LongSupplier replayDelayMillis) throws IOException {
        return new SqsReplayFront(replayDelayMillis);
    }

    /** Where requests go: ElasticMQ's own endpoint. */
    public void forwardTo(URI elasticMq) {
        this.target = elasticMq;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Switches the replay of every send on or off. */
    public void setReplay(boolean on) {
        if (replay != on) {
            log.info("SQS replay {}", on ? "on: every sent message is enqueued twice" : "off");
        }
        replay = on;
    }

    public boolean replay() {
        return replay;
    }

    /** How many copies have been sent since the front started. */
    public long replayedCopies() {
        return replayed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            URI base = target;
            if (base == null) {
                respond(exchange, 503, Map.of(), new byte[0]);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest request = forwarded(exchange, base, body);
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                log.debug("ElasticMQ did not answer {}", exchange.getRequestURI(), e);
                respond(exchange, 502, Map.of(), new byte[0]);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503, Map.of(), new byte[0]);
                return;
            }
            respond(exchange, response.statusCode(), response.headers().map(), response.body());
            if (replay && response.statusCode() == 200 && isSend(exchange, body)) {
                long delay = Math.max(0, replayDelayMillis.getAsLong());
                replays.schedule(() -> sendCopy(request), delay, TimeUnit.MILLISECONDS);
            }
        } finally {
            exchange.close();
        }
    }

    private void sendCopy(HttpRequest request) {
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                log.warn(
                        "the replayed copy of a send failed: {}",
                        failure != null ? failure.toString() : "HTTP " + response.statusCode());
            } else {
                replayed.incrementAndGet();
            }
        });
    }

    private HttpRequest forwarded(HttpExchange exchange, URI base, byte[] body) {
        URI uri = base.resolve(exchange.getRequestURI().toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(FORWARD_TIMEOUT)
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    /** {@code SendMessage} or {@code SendMessageBatch}, in the AWS JSON protocol or the query protocol. */
    static boolean isSend(HttpExchange exchange, byte[] body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return target.endsWith(".SendMessage") || target.endsWith(".SendMessageBatch");
        }
        String action = queryAction(exchange.getRequestURI().getRawQuery());
        if (action == null && body.length > 0) {
            action = queryAction(new String(body, StandardCharsets.UTF_8));
        }
        return "SendMessage".equals(action) || "SendMessageBatch".equals(action);
    }

    private static String queryAction(String form) {
        if (form == null) {
            return null;
        }
        for (String pair : form.split("&")) {
            if (pair.startsWith("Action=")) {
                return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody =
                body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops listening; copies not yet sent are dropped. */
    @Override
    public void close() {
        replays.shutdownNow();
        server.close();
    }
}
