package com.mangaassist.localaws.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.java_websocket.WebSocket;

/** One accepted client connection: its id, the socket, what the client presented on connect and its activity. */
final class GatewayConnection {

    private final String id;
    private final WebSocket socket;
    private final String token;
    private final String sourceIp;
    private final String userAgent;
    private final Instant connectedAt;
    private final Executor serial;
    private volatile Instant lastActiveAt;

    private final Clock clock;

    GatewayConnection(
            String id,
            WebSocket socket,
            String token,
            String sourceIp,
            String userAgent,
            Executor serial,
            Clock clock) {
        this.clock = clock;
        this.id = id;
        this.socket = socket;
        this.token = token;
        this.sourceIp = sourceIp;
        this.userAgent = userAgent;
        this.serial = serial;
        this.connectedAt = clock.instant();
        this.lastActiveAt = connectedAt;
    }

    String id() {
        return id;
    }

    WebSocket socket() {
        return socket;
    }

    /** The bearer token from the connect request's {@code token} query parameter. */
    Optional<String> token() {
        return Optional.ofNullable(token);
    }

    String sourceIp() {
        return sourceIp;
    }

    Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    Instant connectedAt() {
        return connectedAt;
    }

    Instant lastActiveAt() {
        return lastActiveAt;
    }

    void touch() {
        lastActiveAt = clock.instant();
    }

    /** Runs integration calls of this connection one at a time, in order. */
    Executor serial() {
        return serial;
    }

    @Override
    public String toString() {
        return "connection " + id;
    }
}
