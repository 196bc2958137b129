package com.mangaassist.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.junit.LocalAws;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's security must do, run against the service on the local stack with real tokens
 * from the local issuer: 401 without or with a forged token, 403 with the wrong role, health open, the other
 * Actuator endpoints for on-call only.
 */
// a context (and so a resource prefix) of its own: the access matrix checks in reviewers, claims, runs jobs
@TestPropertySource(properties = "mangaassist.test.context=security-contract")
public abstract class ServiceSecurityContract extends LocalStackSpringTest {

    private static final String PROBE = "access-probe";

    private final String service;
    private final String method;
    private final String protectedPath;
    private final String allowedRole;
    private final String wrongRole;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /**
     * @param service the module name, as in the first column of {@code docs/ACCESS.md}
     */
    protected ServiceSecurityContract(
            String service, String method, String protectedPath, String allowedRole, String wrongRole) {
        this.service = service;
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

    /**
     * The access matrix: every operation of this service's OpenAPI document is in {@code docs/ACCESS.md}, every
     * row there is still an operation, and each operation answers no token, a forged and an expired token with
     * 401 and each role with the status its cell says. Path parameters get a placeholder, required query
     * parameters a value of their type, bodies {@code {}}: enough to reach the security decision, never a 5xx.
     * A missing row is reported with the statuses observed, to be checked against API.md and added. The
     * {@code runbooks} Actuator endpoint, which OpenAPI does not document, is checked the same way.
     */
    @Test
    void everyOperationAnswersEachCallerAsTheAccessTableSays() throws Exception {
        JsonNode docs = JSON.readTree(
                send("/v3/api-docs", LocalAws.token("u-docs", allowedRole)).body());
        AccessMatrix table = AccessMatrix.read(
                Path.of(System.getProperty("mangaassist.root", "..")).resolve("docs/ACCESS.md"), service);
        Map<String, String> tokens = new LinkedHashMap<>();
        String valid = LocalAws.token("u-matrix", allowedRole);
        tokens.put("none", null);
        tokens.put("forged", valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA");
        tokens.put("expired", LocalAws.expiredToken("u-matrix-expired", allowedRole));
        for (String role : table.roles()) {
            tokens.put(role, LocalAws.token("u-matrix-" + role, role));
        }

        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String key = AccessMatrix.key(operation.getKey(), path.getKey());
                seen.add(key);
                Map<String, Integer> observed = new LinkedHashMap<>();
                for (Map.Entry<String, String> caller : tokens.entrySet()) {
                    observed.put(
                            caller.getKey(),
                            call(operation.getKey(), path.getKey(), operation.getValue(), caller.getValue()));
                }
                verify(key, observed, table, problems);
            }
        }
        for (String key : runbookOperations()) {
            seen.add(key);
            Map<String, Integer> observed = new LinkedHashMap<>();
            String[] parts = key.split(" ", 2);
            for (Map.Entry<String, String> caller : tokens.entrySet()) {
                observed.put(caller.getKey(), callActuator(parts[0], parts[1], caller.getValue()));
            }
            verify(key, observed, table, problems);
        }
        table.rows().keySet().stream()
                .filter(key -> !seen.contains(key))
                .forEach(key -> problems.add("in docs/ACCESS.md but not an operation any more: " + key));

        assertThat(problems).as("access matrix of " + service).isEmpty();
    }

    private static void verify(String key, Map<String, Integer> observed, AccessMatrix table, List<String> problems) {
        for (String anonymous : List.of("none", "forged", "expired")) {
            if (observed.get(anonymous) != 401) {
                problems.add(key + " as " + anonymous + ": " + observed.get(anonymous) + ", expected 401");
            }
        }
        Map<String, String> expected = table.rows().get(key);
        if (expected == null) {
            problems.add("not in docs/ACCESS.md: | " + table.service() + " | " + key.replace(" ", " | `") + "` | "
                    + String.join(
                            " | ",
                            table.roles().stream()
                                    .map(r -> cell(observed.get(r)))
                                    .toList())
                    + " |");
            return;
        }
        expected.forEach((role, cell) -> {
            int status = observed.get(role);
            boolean ok = cell.equals("✓")
                    ? status != 401 && status != 403 && status < 500
                    : Integer.toString(status).equals(cell);
            if (!ok) {
                problems.add(key + " as " + role + ": " + status + ", the table says " + cell);
            }
        });
    }

    /**
     * The {@code runbooks} Actuator endpoint's operations when the service has one (its listing, as on-call,
     * names the runbooks): the listing, and each runbook's describe (GET) and run (POST). A run with the
     * placeholder body {@code {}} has no reason, so it is refused before anything changes.
     */
    private List<String> runbookOperations() throws Exception {
        HttpResponse<String> listing = send("/actuator/runbooks", LocalAws.token("u-matrix-listing", "oncall"));
        if (listing.statusCode() == 404) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        keys.add(AccessMatrix.key("GET", "/actuator/runbooks"));
        for (JsonNode runbook : JSON.readTree(listing.body()).path("runbooks")) {
            String path = "/actuator/runbooks/" + runbook.path("name").asString();
            keys.add(AccessMatrix.key("GET", path));
            keys.add(AccessMatrix.key("POST", path));
        }
        return keys;
    }

    private int callActuator(String httpMethod, String path, String token) throws Exception {
        boolean post = httpMethod.equals("POST");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        httpMethod,
                        post ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (post) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String cell(int status) {
        return status != 401 && status != 403 && status < 500 ? "✓" : Integer.toString(status);
    }

    /** One call of an OpenAPI operation with placeholder parameters; returns the status. */
    private int call(String httpMethod, String template, JsonNode operation, String token) throws Exception {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("query")
                    && parameter.path("required").asBoolean()) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(parameter.path("name").asString())
                        .append('=')
                        .append(URLEncoder.encode(sample(parameter.path("schema")), StandardCharsets.UTF_8));
            }
        }
        String path = template.replaceAll("\\{[^}]+}", PROBE) + query;
        boolean body = operation.has("requestBody");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        httpMethod.toUpperCase(Locale.ROOT),
                        body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (body) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema.path("type").asString();
        String format = schema.path("format").asString();
        if (type.equals("integer") || type.equals("number")) {
            return "1";
        }
        if (type.equals("boolean")) {
            return "true";
        }
        if (format.equals("date")) {
            return LocalDate.now(java.time.ZoneOffset.UTC).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().toString();
        }
        return PROBE;
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
