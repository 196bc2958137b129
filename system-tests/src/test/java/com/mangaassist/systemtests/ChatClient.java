package com.mangaassist.systemtests;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A customer's chat connection through the gateway, with a real WebSocket client (the JDK's). */
final class ChatClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebSocket socket;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private ChatClient(WebSocket socket) {
        this.socket = socket;
    }

    static ChatClient connect(URI gateway, String token) {
        ChatClient[] holder = new ChatClient[1];
        Listener listener = new Listener(holder);
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(gateway + "?token=" + token), listener)
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        holder[0] = new ChatClient(socket);
        listener.flush();
        return holder[0];
    }

    void send(String frame) {
        socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Waits for the next message of {@code type} after {@code skip} earlier ones of any type. */
    JsonNode awaitMessage(int index) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() > index);
        return received.get(index);
    }

    int receivedCount() {
        return received.size();
    }

    boolean isOpen() {
        return !socket.isOutputClosed() && !socket.isInputClosed() && !closed.isDone();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }

    private static final class Listener implements WebSocket.Listener {
        private final ChatClient[] holder;
        private final List<String> early = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        Listener(ChatClient[] holder) {
            this.holder = holder;
        }

        synchronized void flush() {
            early.forEach(text -> holder[0].received.add(JSON.readTree(text)));
            early.clear();
        }

        @Override
        public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (holder[0] == null) {
                    early.add(text);
                } else {
                    holder[0].received.add(JSON.readTree(text));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (holder[0] != null) {
                holder[0].closed.complete(statusCode);
            }
            return null;
        }
    }
}
