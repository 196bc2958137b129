package com.mangaassist.delivery.testing;

import com.mangaassist.localaws.junit.LocalAws;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * Real WebSocket clients through the local gateway. The gateway needs an HTTP integration that accepts
 * $connect: this one answers 200 to every route and remembers which connection id each connect token
 * got, so a test learns its connection id as the orchestrator would.
 */
public final class TestGateway {

    private static TestGateway instance;

    private final HttpServer integration;
    private final Map<String, CompletableFuture<String>> connectionIdsByToken = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private TestGateway() throws IOException {
        integration = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        integration.createContext("/internal/ws/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                if (exchange.getRequestURI().getPath().endsWith("/connect")) {
                    String auth = exchange.getRequestHeaders().getFirst("Authorization");
                    String token = auth == null ? "" : auth.substring("Bearer ".length());
                    connectionIdsByToken
                            .computeIfAbsent(token, t -> new CompletableFuture<>())
                            .complete(exchange.getRequestHeaders().getFirst("X-Connection-Id"));
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        integration.start();
        LocalAws.process()
                .setGatewayIntegration(URI.create(
                        "http://127.0.0.1:" + integration.getAddress().getPort()));
    }

    /** The gateway integration of this test JVM, set up on first use. */
    public static synchronized TestGateway get() {
        if (instance == null) {
            try {
                instance = new TestGateway();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Opens a customer's WebSocket through the gateway and waits for its connection id. */
    public Socket connect() {
        String token = "test-" + UUID.randomUUID();
        CompletableFuture<String> connectionId =
                connectionIdsByToken.computeIfAbsent(token, t -> new CompletableFuture<>());
        Socket socket = new Socket();
        try {
            WebSocket webSocket = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(LocalAws.endpoints().gatewayWebSocket() + "?token=" + token), socket)
                    .get(15, TimeUnit.SECONDS);
            socket.open(webSocket, connectionId.get(15, TimeUnit.SECONDS));
            return socket;
        } catch (Exception e) {
            throw new IllegalStateException("could not connect through the local gateway", e);
        }
    }

    /** One customer connection: the text frames it received, in order. */
    public static final class Socket implements WebSocket.Listener {

        private final List<String> received = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket webSocket;
        private String connectionId;

        void open(WebSocket webSocket, String connectionId) {
            this.webSocket = webSocket;
            this.connectionId = connectionId;
        }

        public String connectionId() {
            return connectionId;
        }

        public List<String> received() {
            return List.copyOf(received);
        }

        /** Received frames containing {@code fragment}. */
        public List<String> receivedContaining(String fragment) {
            return received.stream().filter(f -> f.contains(fragment)).toList();
        }

        public void close() {
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    received.add(partial.toString());
                    partial.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
