package com.mangaassist.systemtests.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Tokens from the local stack's issuer ({@code POST /local/token}). */
public final class Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {}

    public static String mint(URI issuer, String subject, List<String> roles) {
        return mint(issuer, java.util.Map.of("sub", subject, "roles", roles, "ttlSeconds", 7200));
    }

    /** A token with an {@code email} claim (the address the delivery-watchdog may mail a late answer to). */
    public static String mintWithEmail(URI issuer, String subject, List<String> roles, String email) {
        return mint(issuer, java.util.Map.of("sub", subject, "roles", roles, "ttlSeconds", 7200, "email", email));
    }

    private static String mint(URI issuer, java.util.Map<String, Object> claims) {
        String subject = String.valueOf(claims.get("sub"));
        String body = JSON.writeValueAsString(claims);
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve("/local/token"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token for " + subject + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body()).get("token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("issuer unreachable at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
