package com.mangaassist.localaws.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mangaassist.localaws.http.Exchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code @connections} management API as the AWS SDK's {@code ApiGatewayManagementApiClient} calls it, with or
 * without a leading stage segment, plus {@code GET /local/connections}. Request signatures are not checked.
 */
final class ManagementApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONNECTIONS = "@connections";
    /** Beyond this, an oversized body is no longer drained but the connection is dropped after the answer. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final Map<String, GatewayConnection> connections;
    private final PostPermissions permissions;

    ManagementApi(Map<String, GatewayConnection> connections, PostPermissions permissions) {
        this.connections = connections;
        this.permissions = permissions;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<String> segments = segments(exchange.getRequestURI().getRawPath());
            String method = exchange.getRequestMethod();
            if (segments.equals(List.of("local", "connections"))) {
                if ("GET".equals(method)) {
                    listConnections(exchange);
                } else {
                    error(exchange, 405, "MethodNotAllowedException", "Method not allowed");
                }
                return;
            }
            Optional<String> connectionId = connectionId(segments);
            if (connectionId.isEmpty()) {
                error(exchange, 404, "NotFoundException", "Not Found");
                return;
            }
            switch (method) {
                case "POST" -> post(exchange, connectionId.get());
                case "GET" -> get(exchange, connectionId.get());
                case "DELETE" -> delete(exchange, connectionId.get());
                default -> error(exchange, 405, "MethodNotAllowedException", "Method not allowed");
            }
        }
    }

    private void post(HttpExchange exchange, String connectionId) throws IOException {
        Optional<String> accessKey =
                PostPermissions.accessKeyOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!permissions.allowed(accessKey)) {
            exchange.getRequestBody().readNBytes(GatewaySocketServer.MAX_MESSAGE_BYTES);
            LOG.warn("PostToConnection by {} refused: execute-api:ManageConnections denied", accessKey.orElse("?"));
            error(
                    exchange,
                    403,
                    "AccessDeniedException",
                    "User: " + accessKey.orElse("anonymous")
                            + " is not authorized to perform: execute-api:ManageConnections on resource: @connections/"
                            + connectionId);
            return;
        }
        Optional<byte[]> body = Exchanges.body(exchange, GatewaySocketServer.MAX_MESSAGE_BYTES, DRAIN_LIMIT);
        if (body.isEmpty()) {
            error(
                    exchange,
                    413,
                    "PayloadTooLargeException",
                    "Message too long. Max size allowed is " + GatewaySocketServer.MAX_MESSAGE_BYTES + " bytes");
            return;
        }
        GatewayConnection connection = connections.get(connectionId);
        if (connection == null || !connection.socket().isOpen()) {
            gone(exchange);
            return;
        }
        try {
            connection.socket().send(new String(body.get(), StandardCharsets.UTF_8));
        } catch (WebsocketNotConnectedException e) {
            gone(exchange);
            return;
        }
        Exchanges.empty(exchange, 200);
    }

    private void get(HttpExchange exchange, String connectionId) throws IOException {
        GatewayConnection connection = connections.get(connectionId);
        if (connection == null || !connection.socket().isOpen()) {
            gone(exchange);
            return;
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("connectedAt", iso(connection.connectedAt()));
        ObjectNode identity = response.putObject("identity");
        identity.put("sourceIp", connection.sourceIp());
        connection.userAgent().ifPresent(agent -> identity.put("userAgent", agent));
        response.put("lastActiveAt", iso(connection.lastActiveAt()));
        Exchanges.json(exchange, 200, response.toString());
    }

    private void delete(HttpExchange exchange, String connectionId) throws IOException {
        GatewayConnection connection = connections.get(connectionId);
        if (connection == null || !connection.socket().isOpen()) {
            gone(exchange);
            return;
        }
        LOG.info("{} closed through the management API", connection);
        connection.socket().close(CloseFrame.NORMAL, "Connection deleted");
        Exchanges.empty(exchange, 204);
    }

    private void listConnections(HttpExchange exchange) throws IOException {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode ids = response.putArray("connections");
        connections.keySet().stream().sorted().forEach(ids::add);
        Exchanges.json(exchange, 200, response.toString());
    }

    private static void gone(HttpExchange exchange) throws IOException {
        error(exchange, 410, "GoneException", "Connection is gone");
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        Exchanges.json(
                exchange,
                status,
                JSON.createObjectNode().put("message", message).toString());
    }

    /** {@code [stage/]@connections/{id}} → the decoded id. */
    private static Optional<String> connectionId(List<String> segments) {
        if (segments.size() == 2 && CONNECTIONS.equals(segments.get(0))) {
            return Optional.of(segments.get(1));
        }
        if (segments.size() == 3 && CONNECTIONS.equals(segments.get(1))) {
            return Optional.of(segments.get(2));
        }
        return Optional.empty();
    }

    /** Percent-decoded path segments; {@code +} stays a plus, as it does in a path. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                try {
                    segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    segments.add(raw);
                }
            }
        }
        return segments;
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
