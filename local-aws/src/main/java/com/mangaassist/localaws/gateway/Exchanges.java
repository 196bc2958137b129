package com.mangaassist.localaws.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading and answering requests of the JDK HTTP server. */
final class Exchanges {

    /** Beyond this, an oversized body is no longer drained but the connection is dropped after the answer. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private Exchanges() {}

    /** The request body, or empty when it is longer than {@code limit} bytes (the rest is drained). */
    static Optional<byte[]> body(HttpExchange exchange, int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(chunk)) >= 0 && total <= DRAIN_LIMIT) {
                if (total + read <= limit) {
                    kept.write(chunk, 0, read);
                }
                total += read;
            }
        }
        return total > limit ? Optional.empty() : Optional.of(kept.toByteArray());
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
