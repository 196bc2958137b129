package com.mangaassist.localaws.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client-facing WebSocket listener: runs $connect before accepting a handshake, forwards every text frame in order
 * and reports $disconnect when a socket closes.
 */
final class GatewaySocketServer extends WebSocketServer {

    /** API Gateway's limit for one WebSocket message and one @connections post. */
    static final int MAX_MESSAGE_BYTES = 128 * 1024;

    static final String SEND_MESSAGE_ROUTE = "sendMessage";

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySocketServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** $connect blocks a decoder thread for its integration call, so there are a few more than the default. */
    private static final int DECODER_THREADS = 4;

    private static final Map<Integer, String> REASONS = Map.of(
            400, "Bad Request",
            401, "Unauthorized",
            403, "Forbidden",
            404, "Not Found",
            429, "Too Many Requests",
            500, "Internal Server Error",
            502, "Bad Gateway",
            503, "Service Unavailable",
            504, "Gateway Timeout");

    private final ConcurrentMap<String, GatewayConnection> connections;
    private final IntegrationClient integration;
    private final Executor pool;
    private final Clock clock;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    GatewaySocketServer(
            InetSocketAddress address,
            ConcurrentMap<String, GatewayConnection> connections,
            IntegrationClient integration,
            Executor pool,
            Clock clock) {
        super(address, DECODER_THREADS);
        this.clock = clock;
        this.connections = connections;
        this.integration = integration;
        this.pool = pool;
        setWebSocketFactory(new RejectableChannel.Factory());
        setReuseAddr(true);
        setDaemon(true);
    }

    /** Blocks until the listener is bound, or throws what prevented it. */
    void awaitStarted(Duration timeout) throws Exception {
        if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("WebSocket listener did not start within " + timeout);
        }
        if (startFailure != null) {
            throw startFailure;
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket socket, Draft draft, ClientHandshake request) throws InvalidDataException {
        ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(socket, draft, request);
        GatewayConnection connection = new GatewayConnection(
                ConnectionIds.next(),
                socket,
                queryParameter(request.getResourceDescriptor(), "token"),
                sourceIp(socket),
                blankToNull(request.getFieldValue("User-Agent")),
                new SerialExecutor(pool),
                clock);
        int status;
        try {
            status = integration.connect(connection).status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        if (status < 200 || status >= 300) {
            int refusal = status >= 400 && status < 600 ? status : 502;
            LOG.info("$connect refused for {} with {}", connection, refusal);
            ((RejectableChannel) ((WebSocketImpl) socket).getChannel())
                    .reject(refusal, REASONS.getOrDefault(refusal, "Error"));
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "$connect answered " + status);
        }
        socket.setAttachment(connection);
        return response;
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        GatewayConnection connection = socket.getAttachment();
        connections.put(connection.id(), connection);
        LOG.info("{} open from {}", connection, connection.sourceIp());
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        GatewayConnection connection = socket.getAttachment();
        if (connection == null) {
            return;
        }
        connection.touch();
        int size = message.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_MESSAGE_BYTES) {
            LOG.info("{} sent a {}-byte frame; not forwarded", connection, size);
            connection
                    .serial()
                    .execute(() -> sendError(
                            connection,
                            "MESSAGE_TOO_LARGE",
                            "Message of " + size + " bytes exceeds the limit of " + MAX_MESSAGE_BYTES + " bytes"));
            return;
        }
        connection.serial().execute(() -> forward(connection, message));
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        GatewayConnection connection = socket.getAttachment();
        if (connection == null) {
            return;
        }
        connection.touch();
        connection
                .serial()
                .execute(() -> sendError(connection, "UNSUPPORTED_FRAME", "Binary frames are not supported"));
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        GatewayConnection connection = socket.getAttachment();
        if (connection == null) {
            return;
        }
        connections.remove(connection.id(), connection);
        LOG.info("{} closed with {} by the {}", connection, code, remote ? "client" : "gateway");
        connection.serial().execute(() -> {
            try {
                integration.disconnect(connection, code);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        if (socket == null && started.getCount() > 0) {
            startFailure = error;
            started.countDown();
            return;
        }
        LOG.warn("WebSocket error on {}", socket == null ? "the listener" : socket.getRemoteSocketAddress(), error);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    private void forward(GatewayConnection connection, String message) {
        IntegrationClient.Outcome outcome;
        try {
            outcome = integration.message(connection, routeKey(message), message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!outcome.succeeded()) {
            ObjectNode error = JSON.createObjectNode()
                    .put("message", "Internal server error")
                    .put("connectionId", connection.id())
                    .put("requestId", outcome.requestId());
            send(connection, error.toString());
        }
    }

    private void sendError(GatewayConnection connection, String code, String message) {
        ObjectNode error = JSON.createObjectNode()
                .put("type", "error")
                .put("code", code)
                .put("message", message)
                .putNull("clientMessageId");
        send(connection, error.toString());
    }

    private static void send(GatewayConnection connection, String text) {
        try {
            connection.socket().send(text);
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("{} closed before a reply could be sent", connection);
        }
    }

    /** Route selection on {@code $request.body.action}, with sendMessage the only route besides $default. */
    static String routeKey(String message) {
        try {
            JsonNode action = JSON.readTree(message).path("action");
            return action.isTextual() && SEND_MESSAGE_ROUTE.equals(action.textValue())
                    ? SEND_MESSAGE_ROUTE
                    : IntegrationClient.DEFAULT_ROUTE;
        } catch (JsonProcessingException e) {
            return IntegrationClient.DEFAULT_ROUTE;
        }
    }

    static String queryParameter(String resource, String name) {
        int query = resource.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : resource.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equals(key)) {
                try {
                    return blankToNull(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    LOG.debug("malformed {} query parameter ignored", name);
                    return null;
                }
            }
        }
        return null;
    }

    private static String sourceIp(WebSocket socket) {
        InetSocketAddress remote = socket.getRemoteSocketAddress();
        return remote == null || remote.getAddress() == null
                ? "0.0.0.0"
                : remote.getAddress().getHostAddress();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
