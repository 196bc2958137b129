package com.mangaassist.systemtests.review;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's chat connection through the gateway (the JDK's WebSocket client) that keeps every
 * message it receives with its arrival time, so replies that come minutes later (reviewed, delayed,
 * heartbeat) can be found by {@code messageId} and {@code type}.
 */
public final class CustomerSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A message from the suite and when it arrived ({@link System#nanoTime()}). */
    public record Received(JsonNode message, long arrivedNanos) {

        public String type() {
            return text("type");
        }

        public String messageId() {
            return text("messageId");
        }

        public String text(String field) {
            JsonNode value = message.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    private CustomerSocket() {}

    public static CustomerSocket connect(URI gateway, String token) {
        CustomerSocket customer = new CustomerSocket();
        customer.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(gateway + "?token=" + token), customer.new Listener())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        return customer;
    }

    /** Sends a chat message. */
    public void ask(String clientMessageId, String text, String lang) {
        String frame = JSON.writeValueAsString(java.util.Map.of(
                "action", "sendMessage", "clientMessageId", clientMessageId, "text", text, "lang", lang));
        synchronized (this) {
            socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Optional<Received> find(Predicate<Received> which) {
        return received.stream().filter(which).findFirst();
    }

    /** Waits up to {@code timeout} for a message matching {@code which}. */
    public Optional<Received> await(Predicate<Received> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Received> found = find(which);
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** The reply to the turn sent with {@code clientMessageId} (answer, acknowledgement, error). */
    public Optional<Received> awaitReplyTo(String clientMessageId, Duration timeout) {
        return await(r -> clientMessageId.equals(r.text("clientMessageId")), timeout);
    }

    public long count(String messageId, String type) {
        return received.stream()
                .filter(r -> messageId.equals(r.messageId()) && type.equals(r.type()))
                .count();
    }

    public boolean isOpen() {
        return !socket.isOutputClosed() && !socket.isInputClosed() && !closed.isDone();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (partial) {
                partial.append(data);
                if (last) {
                    received.add(new Received(JSON.readTree(partial.toString()), System.nanoTime()));
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
