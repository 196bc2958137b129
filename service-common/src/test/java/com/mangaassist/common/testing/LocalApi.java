package com.mangaassist.common.testing;

import com.mangaassist.localaws.junit.LocalAws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A service under test over HTTP, called with tokens the local issuer mints (no token for a null user). */
public final class LocalApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public LocalApi(int port) {
        this.port = port;
    }

    /** {@code method path} with a JSON {@code body} (or none) as {@code user} with {@code roles}. */
    public HttpResponse<String> call(String method, String path, String body, String user, String... roles) {
        return call(method, path, body, java.util.Map.of(), user, roles);
    }

    /** As {@link #call(String, String, String, String, String...)} with extra request {@code headers}. */
    public HttpResponse<String> call(
            String method,
            String path,
            String body,
            java.util.Map<String, String> headers,
            String user,
            String... roles) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + LocalAws.token(user, roles));
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
