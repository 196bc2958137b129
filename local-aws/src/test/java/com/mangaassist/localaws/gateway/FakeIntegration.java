package com.mangaassist.localaws.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A backend's HTTP integration that records what the gateway posts and answers with chosen statuses. */
final class FakeIntegration implements AutoCloseable {

    /** One request as received; header names are case-insensitive. */
    record Received(String path, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int connectStatus = 200;
    private volatile int messageStatus = 200;

    FakeIntegration() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/internal/ws/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                String path = exchange.getRequestURI().getPath();
                received.add(new Received(path, headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                int status = path.endsWith("/connect") ? connectStatus : messageStatus;
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answerConnectWith(int status) {
        connectStatus = status;
    }

    void answerMessagesWith(int status) {
        messageStatus = status;
    }

    List<Received> received(String route) {
        return received.stream()
                .filter(request -> request.path().equals("/internal/ws/" + route))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
