package com.mangaassist.localaws.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Reading and answering requests of the JDK HTTP server. */
public final class Exchanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exchanges() {}

    /** The request body, or empty when it is longer than {@code limit} bytes (reading stops there). */
    public static Optional<byte[]> body(HttpExchange exchange, int limit) throws IOException {
        return body(exchange, limit, limit);
    }

    /**
     * The request body, or empty when it is longer than {@code limit} bytes; an oversized body is still read up to
     * {@code drainLimit} bytes, so that the connection can take the next request.
     */
    public static Optional<byte[]> body(HttpExchange exchange, int limit, long drainLimit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while (total <= drainLimit && (read = in.read(chunk)) >= 0) {
                if (total + read <= limit) {
                    kept.write(chunk, 0, read);
                }
                total += read;
            }
        }
        return total > limit ? Optional.empty() : Optional.of(kept.toByteArray());
    }

    /** Answers {@code status} with {@code body} (UTF-8) of the given content type. */
    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers {@code status} with a JSON body. */
    public static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json);
    }

    /** Answers {@code status} without a body, and ends the exchange. */
    public static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Answers an RFC 9457 problem with the suite's {@code code} member. */
    public static void problem(HttpExchange exchange, int status, String title, String detail, String code)
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

    /**
     * The first value of a query parameter, decoded; empty when it is absent or blank.
     *
     * @throws IllegalArgumentException when that value is not well percent-encoded
     */
    public static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8))
                        .filter(value -> !value.isBlank());
            }
        }
        return Optional.empty();
    }
}
