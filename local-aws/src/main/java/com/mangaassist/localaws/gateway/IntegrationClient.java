package com.mangaassist.localaws.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards the routes of a connection to the backend's HTTP integration, as API Gateway's HTTP proxy does. */
final class IntegrationClient {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationClient.class);

    static final String CONNECT_ROUTE = "$connect";
    static final String DISCONNECT_ROUTE = "$disconnect";
    static final String DEFAULT_ROUTE = "$default";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The $connect call holds a WebSocket decoder thread, so it gets less time than API Gateway's 29 s. */
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(29);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private volatile URI base;

    IntegrationClient(URI base) {
        setBase(base);
    }

    void setBase(URI newBase) {
        if (newBase == null) {
            base = null;
            return;
        }
        String text = newBase.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        base = URI.create(text);
    }

    Optional<URI> base() {
        return Optional.ofNullable(base);
    }

    /** The outcome of one integration call; {@code status} is 0 when the integration was unset or unreachable. */
    record Outcome(String requestId, int status) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    Outcome connect(GatewayConnection connection) throws InterruptedException {
        return call(connection, "connect", CONNECT_ROUTE, null, HANDSHAKE_TIMEOUT, null);
    }

    Outcome message(GatewayConnection connection, String routeKey, String body) throws InterruptedException {
        return call(connection, "message", routeKey, body, REQUEST_TIMEOUT, null);
    }

    Outcome disconnect(GatewayConnection connection, int closeCode) throws InterruptedException {
        return call(connection, "disconnect", DISCONNECT_ROUTE, null, REQUEST_TIMEOUT, closeCode);
    }

    private Outcome call(
            GatewayConnection connection,
            String path,
            String routeKey,
            String body,
            Duration timeout,
            Integer disconnectStatus)
            throws InterruptedException {
        String requestId = UUID.randomUUID().toString();
        URI current = base;
        if (current == null) {
            LOG.warn("{} route for {}: no integration configured", routeKey, connection);
            return new Outcome(requestId, 0);
        }
        HttpRequest request;
        try {
            request = request(current, connection, path, routeKey, requestId, body, timeout, disconnectStatus);
        } catch (IllegalArgumentException unusable) {
            // the message may quote the token, so it is not logged
            LOG.warn(
                    "{} route for {}: the client's token or user agent cannot be sent as a header",
                    routeKey,
                    connection);
            return new Outcome(requestId, 0);
        }
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            LOG.debug(
                    "{} route for {} answered {} (request {})", routeKey, connection, response.statusCode(), requestId);
            return new Outcome(requestId, response.statusCode());
        } catch (IOException e) {
            LOG.warn("{} route for {} failed (request {}): {}", routeKey, connection, requestId, e.toString());
            return new Outcome(requestId, 0);
        }
    }

    private static HttpRequest request(
            URI base,
            GatewayConnection connection,
            String path,
            String routeKey,
            String requestId,
            String body,
            Duration timeout,
            Integer disconnectStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/internal/ws/" + path))
                .timeout(timeout)
                .header("X-Connection-Id", connection.id())
                .header("X-Route-Key", routeKey)
                .header("X-Request-Id", requestId)
                .header("X-Source-Ip", connection.sourceIp());
        connection.userAgent().ifPresent(agent -> request.header("User-Agent", agent));
        connection.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (disconnectStatus != null) {
            request.header("X-Disconnect-Status-Code", Integer.toString(disconnectStatus));
        }
        if (body == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }
}
