package com.mangaassist.console.api.adapter.out.http;

import com.mangaassist.console.api.application.ServiceApi;
import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.api.domain.Upstream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The services over HTTP/1.1 with the JDK client: one pooled client, a timeout per call. */
public final class JdkHttpServiceApi implements ServiceApi {

    private final Map<Upstream, URI> bases;
    private final Duration timeout;
    private final HttpClient client;

    public JdkHttpServiceApi(Map<Upstream, URI> bases, Duration timeout) {
        this.bases = Map.copyOf(bases);
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ServiceResponse call(ServiceCall call) {
        URI base = bases.get(call.upstream());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripTrailingSlash(base) + call.path()))
                .timeout(timeout)
                .header("Authorization", "Bearer " + call.token())
                .header("Accept", "application/json");
        call.contentType().ifPresent(type -> request.header("Content-Type", type));
        call.idempotencyKey().ifPresent(key -> request.header("Idempotency-Key", key));
        switch (call.method()) {
            case GET -> request.GET();
            case POST -> request.POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
            default -> throw new IllegalArgumentException("unsupported method " + call.method());
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ServiceResponse(
                    response.statusCode(), response.headers().firstValue("Content-Type"), response.body());
        } catch (IOException e) {
            throw new UnavailableException(call.upstream(), call.upstream().pathName() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(call.upstream(), "interrupted", e);
        }
    }

    private static String stripTrailingSlash(URI base) {
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
