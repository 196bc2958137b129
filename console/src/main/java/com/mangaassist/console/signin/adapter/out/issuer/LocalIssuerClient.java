package com.mangaassist.console.signin.adapter.out.issuer;

import com.mangaassist.console.signin.application.LocalTokenMint;
import com.mangaassist.model.security.Role;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** {@code POST {issuer}/local/token} of the local stack's issuer. */
public final class LocalIssuerClient implements LocalTokenMint {

    private final RestClient http;

    public LocalIssuerClient(URI issuer, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder()
                .baseUrl(issuer.toString())
                .requestFactory(requests)
                .build();
    }

    @Override
    public String mint(String subject, Set<Role> roles, Duration lifetime) {
        Map<String, Object> request = Map.of(
                "sub",
                subject,
                "roles",
                roles.stream().map(Role::claimValue).sorted().toList(),
                "ttlSeconds",
                lifetime.toSeconds());
        TokenResponse response;
        try {
            response = http.post()
                    .uri("/local/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(TokenResponse.class);
        } catch (RestClientException e) {
            throw new UnavailableException("the local issuer did not mint a token: " + e.getMessage(), e);
        }
        if (response == null || response.token() == null) {
            throw new UnavailableException("the local issuer answered without a token", null);
        }
        return response.token();
    }

    record TokenResponse(String token) {}
}
