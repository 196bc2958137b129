package com.mangaassist.systemtests.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/** A member of staff (reviewer, senior reviewer, on-call) calling a service's REST API with their token. */
public final class StaffClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status, parsed body (a JSON null when empty) and the raw body. */
    public record Reply(int status, JsonNode body, String raw) {

        public String code() {
            JsonNode code = body.get("code");
            return code == null ? null : code.asString();
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    public StaffClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), null);
    }

    /** A GET whose body is not JSON (a Markdown timeline, say): the status and the text. */
    public Reply getText(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), NullNode.getInstance(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Reply post(String path, Object body) {
        return post(path, body, Map.of());
    }

    public Reply post(String path, Object body, Map<String, String> headers) {
        String json = body == null ? "{}" : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return send(builder, json);
    }

    private Reply send(HttpRequest.Builder builder, String ignored) {
        HttpRequest request = builder.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() ? NullNode.getInstance() : JSON.readTree(raw);
            return new Reply(response.statusCode(), body, raw == null ? "" : raw);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
