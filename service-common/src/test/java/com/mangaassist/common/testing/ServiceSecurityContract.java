package com.mangaassist.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.junit.LocalAws;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service's security must do, run against the service on the local stack with real tokens
 * from the local issuer: 401 without or with a forged token, 403 with the wrong role, health open, the other
 * Actuator endpoints for on-call only.
 */
public abstract class ServiceSecurityContract extends LocalStackSpringTest {

    private final String method;
    private final String protectedPath;
    private final String allowedRole;
    private final String wrongRole;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    protected ServiceSecurityContract(String method, String protectedPath, String allowedRole, String wrongRole) {
        this.method = method;
        this.protectedPath = protectedPath;
        this.allowedRole = allowedRole;
        this.wrongRole = wrongRole;
    }

    @Test
    void requestWithoutTokenIsRejectedWith401ProblemDetails() throws Exception {
        HttpResponse<String> response = send(protectedPath, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"UNAUTHORIZED\"");
    }

    @Test
    void requestWithForgedTokenIsRejectedWith401() throws Exception {
        String token = LocalAws.token("u-forger", allowedRole);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA";

        assertThat(send(protectedPath, forged).statusCode()).isEqualTo(401);
    }

    @Test
    void requestWithWrongRoleIsRejectedWith403() throws Exception {
        HttpResponse<String> response = send(protectedPath, LocalAws.token("u-wrong", wrongRole));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"FORBIDDEN\"");
    }

    @Test
    void requestWithAllowedRoleGetsPastSecurity() throws Exception {
        HttpResponse<String> response = send(protectedPath, LocalAws.token("u-allowed", allowedRole));

        assertThat(response.statusCode()).isNotIn(401, 403);
    }

    @Test
    void healthIsOpenWithoutToken() throws Exception {
        HttpResponse<String> response = send("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void actuatorBeyondHealthIsForOnCallOnly() throws Exception {
        for (String path : List.of("/actuator", "/actuator/metrics", "/actuator/info")) {
            assertThat(send(path, null).statusCode()).as(path).isEqualTo(401);
            for (String role : List.of("customer", "reviewer", "senior-reviewer", "ml-lead", "category-owner")) {
                assertThat(send(path, LocalAws.token("u-" + role, role)).statusCode())
                        .as(path + " as " + role)
                        .isEqualTo(403);
            }
            assertThat(send(path, LocalAws.token("u-oncall", "oncall")).statusCode())
                    .as(path + " as oncall")
                    .isEqualTo(200);
        }
    }

    @Test
    void apiDocsNeedAToken() throws Exception {
        assertThat(send("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(send("/v3/api-docs", LocalAws.token("u-staff", allowedRole)).statusCode())
                .isEqualTo(200);
    }

    protected HttpResponse<String> send(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        path.startsWith("/actuator") || path.startsWith("/v3") ? "GET" : method,
                        HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
