package com.mangaassist.localaws.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A chat client over the JDK's WebSocket, remembering what it received and how it was closed. */
final class TestClient implements WebSocket.Listener {

    static final String USER_AGENT = "manga-widget/1.0";

    final List<String> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Connects and completes when the upgrade is accepted, or fails with the handshake's refusal. */
    static CompletableFuture<TestClient> connect(URI gateway, String token) {
        TestClient client = new TestClient();
        URI uri = token == null ? gateway : URI.create(gateway + "?token=" + token);
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("User-Agent", USER_AGENT)
                .buildAsync(uri, client)
                .thenApply(socket -> {
                    client.socket = socket;
                    return client;
                });
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (partial) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedWith.completeExceptionally(error);
    }
}
