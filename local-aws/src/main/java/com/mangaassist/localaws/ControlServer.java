package com.mangaassist.localaws;

import com.mangaassist.localaws.http.Exchanges;
import com.mangaassist.localaws.http.LoopbackHttpServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's control endpoint, used by tests and the suite launcher in other JVMs:
 * {@code GET /local/endpoints}, {@code POST /local/provision?prefix=p} (tables, queues and the review state machine for an
 * isolated test prefix), {@code PUT /local/gateway/integration?url=u} (where the gateway forwards routes),
 * {@code PUT /local/sqs/replay?mode=twice|off} (the replay drill: every message sent to any queue enqueued twice) and
 * {@code GET /local/sqs/replay} ({@code twice|off <copies sent>}), {@code PUT /local/gateway/deny-post?accessKeys=a,b}
 * (game days: PostToConnection signed with those access key ids is refused with AccessDenied; empty gives the
 * permission back) and {@code GET /local/gateway/deny-post}.
 */
final class ControlServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);
    private static final Pattern ACCESS_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PREFIX = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,40}");

    private final LoopbackHttpServer server;
    private final LocalAwsStack stack;

    ControlServer(LocalAwsStack stack) throws IOException {
        this.stack = stack;
        this.server = LoopbackHttpServer.start(
                "local-aws-control",
                4,
                Map.of(
                        "/local/endpoints", this::endpoints,
                        "/local/provision", this::provision,
                        "/local/gateway/integration", this::integration,
                        "/local/sqs/replay", this::sqsReplay,
                        "/local/gateway/deny-post", this::denyPost));
    }

    URI endpoint() {
        return server.endpoint();
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
        String prefix = Exchanges.queryParameter(exchange, "prefix").orElse(null);
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
        String url = Exchanges.queryParameter(exchange, "url").orElse("");
        URI uri;
        try {
            uri = URI.create(url);
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

    private void sqsReplay(HttpExchange exchange) throws IOException {
        try {
            if ("GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 200, stack.sqsReplayState());
                return;
            }
            if (!"PUT".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "use PUT or GET");
                return;
            }
            String mode = Exchanges.queryParameter(exchange, "mode").orElse("");
            if (!"twice".equals(mode) && !"off".equals(mode)) {
                respond(exchange, 400, "mode must be twice or off");
                return;
            }
            stack.setSqsReplay("twice".equals(mode));
            respond(exchange, 200, stack.sqsReplayState());
        } catch (IllegalStateException e) {
            respond(exchange, 409, e.getMessage());
        }
    }

    private void denyPost(HttpExchange exchange) throws IOException {
        try {
            if ("PUT".equals(exchange.getRequestMethod())) {
                String keys = Exchanges.queryParameter(exchange, "accessKeys").orElse("");
                Set<String> denied = Arrays.stream(keys.split(","))
                        .map(String::trim)
                        .filter(k -> !k.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
                if (denied.stream().anyMatch(k -> !ACCESS_KEY.matcher(k).matches())) {
                    respond(exchange, 400, "accessKeys must be comma-separated ids of [A-Za-z0-9_-]{1,64}");
                    return;
                }
                stack.denyPostToConnection(denied);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "use PUT or GET");
                return;
            }
            respond(exchange, 200, "denied " + String.join(",", new TreeSet<>(stack.postToConnectionDenied())));
        } catch (IllegalStateException e) {
            respond(exchange, 409, e.getMessage());
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        Exchanges.send(exchange, status, "text/plain; charset=utf-8", body);
    }

    @Override
    public void close() {
        server.close();
    }
}
