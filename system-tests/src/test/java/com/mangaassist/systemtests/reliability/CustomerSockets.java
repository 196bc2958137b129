package com.mangaassist.systemtests.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers' real WebSocket connections through the local gateway, and the gateway's HTTP integration
 * (it accepts every $connect and tells which connection id each connect token got). Every frame a
 * socket receives is recorded by type and message id.
 */
final class CustomerSockets implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer integration;
    private final Map<String, CompletableFuture<String>> connectionIds = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI gateway;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    CustomerSockets(URI gatewayWebSocket) throws IOException {
        this.gateway = gatewayWebSocket;
        integration = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        integration.createContext("/internal/ws/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                if (exchange.getRequestURI().getPath().endsWith("/connect")) {
                    String auth = exchange.getRequestHeaders().getFirst("Authorization");
                    String token = auth == null ? "" : auth.substring("Bearer ".length());
                    connectionIds
                            .computeIfAbsent(token, t -> new CompletableFuture<>())
                            .complete(exchange.getRequestHeaders().getFirst("X-Connection-Id"));
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        integration.start();
    }

    URI integrationBase() {
        return URI.create("http://127.0.0.1:" + integration.getAddress().getPort());
    }

    Socket connect(String userId) {
        String token = "reliability-" + UUID.randomUUID();
        CompletableFuture<String> id = connectionIds.computeIfAbsent(token, t -> new CompletableFuture<>());
        Socket socket = new Socket(userId);
        try {
            WebSocket webSocket = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(gateway + "?token=" + token), socket)
                    .get(20, TimeUnit.SECONDS);
            socket.open(webSocket, id.get(20, TimeUnit.SECONDS));
            sockets.add(socket);
            return socket;
        } catch (Exception e) {
            throw new IllegalStateException("could not connect through the local gateway", e);
        }
    }

    @Override
    public void close() {
        sockets.forEach(Socket::closeQuietly);
        integration.stop(0);
    }

    /** One customer's connection and what it received: response frames and heartbeats by message id. */
    static final class Socket implements WebSocket.Listener {

        private final String userId;
        private final Map<String, Integer> responses = new ConcurrentHashMap<>();
        private final Map<String, Integer> heartbeats = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket webSocket;
        private volatile String connectionId;
        private volatile boolean closed;

        Socket(String userId) {
            this.userId = userId;
        }

        void open(WebSocket webSocket, String connectionId) {
            this.webSocket = webSocket;
            this.connectionId = connectionId;
        }

        String userId() {
            return userId;
        }

        String connectionId() {
            return connectionId;
        }

        boolean closed() {
            return closed;
        }

        /** How often a response (reviewed, delayed, handoff) for {@code messageId} arrived. */
        int responses(String messageId) {
            return responses.getOrDefault(messageId, 0);
        }

        int heartbeats() {
            return heartbeats.values().stream().mapToInt(Integer::intValue).sum();
        }

        void close() {
            closed = true;
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "customer left").join();
        }

        void closeQuietly() {
            if (!closed && webSocket != null) {
                closed = true;
                webSocket.abort();
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            String frame = null;
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    frame = partial.toString();
                    partial.setLength(0);
                }
            }
            if (frame != null) {
                record(frame);
            }
            socket.request(1);
            return null;
        }

        private void record(String frame) {
            JsonNode node = JSON.readTree(frame);
            String type = node.path("type").asString("");
            String messageId = node.path("messageId").asString("");
            if (type.equals("heartbeat")) {
                heartbeats.merge(messageId, 1, Integer::sum);
            } else if (type.equals("reviewed_response") || type.equals("delayed_response") || type.equals("handoff")) {
                responses.merge(messageId, 1, Integer::sum);
            }
        }
    }
}
