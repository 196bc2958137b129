package com.mangaassist.localaws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's control endpoint, used by tests and the suite launcher in other JVMs:
 * {@code GET /local/endpoints}, {@code POST /local/provision?prefix=p} (tables and queues for an
 * isolated test prefix), {@code PUT /local/gateway/integration?url=u} (where the gateway forwards routes).
 */
final class ControlServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,40}");

    private final HttpServer server;
    private final LocalAwsStack stack;

    ControlServer(LocalAwsStack stack) throws IOException {
        this.stack = stack;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/local/endpoints", this::endpoints);
        server.createContext("/local/provision", this::provision);
        server.createContext("/local/gateway/integration", this::integration);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void endpoints(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "use GET");
            return;
        }
        respond(
                exchange,
                200,
                stack.endpoints().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("\n")));
    }

    private void provision(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "use POST");
            return;
        }
        String prefix = query(exchange).get("prefix");
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            respond(exchange, 400, "prefix must be 1-41 of [a-zA-Z0-9_-]");
            return;
        }
        try {
            stack.provision(prefix);
            respond(exchange, 200, "provisioned " + prefix);
        } catch (RuntimeException e) {
            log.error("provisioning prefix {} failed", prefix, e);
            respond(exchange, 500, "provisioning failed: " + e.getMessage());
        }
    }

    private void integration(HttpExchange exchange) throws IOException {
        if (!"PUT".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "use PUT");
            return;
        }
        String url = query(exchange).get("url");
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url);
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "url is not a URI");
            return;
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            respond(exchange, 400, "url must be an http URL");
            return;
        }
        stack.setGatewayIntegration(uri);
        respond(exchange, 200, "gateway integration " + uri);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
