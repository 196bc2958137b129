package com.mangaassist.localaws.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Reading and answering requests of the JDK HTTP server. */
final class Exchanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exchanges() {}

    /** The request body, or empty when it is longer than {@code limit} bytes. */
    static Optional<byte[]> body(HttpExchange exchange, int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                if (kept.size() + read > limit) {
                    return Optional.empty();
                }
                kept.write(chunk, 0, read);
            }
        }
        return Optional.of(kept.toByteArray());
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An RFC 9457 problem with the suite's {@code code} member. */
    static void problem(HttpExchange exchange, int status, String title, String detail, String code)
            throws IOException {
        ObjectNode problem = JSON.createObjectNode()
                .put(
                        "type",
                        "urn:mangaassist:problem:"
                                + code.toLowerCase(Locale.ROOT).replace('_', '-'))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("code", code);
        send(exchange, status, "application/problem+json", problem.toString());
    }
}
