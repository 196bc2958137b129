package com.mangaassist.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.localaws.junit.LocalAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may call what, every endpoint against every role, with real tokens: a role that may not call an
 * endpoint gets 403; one that may gets past security (any other status). Object-level checks (another
 * customer's message or feedback is a 404) are in FeedbackApiIntegrationTest.
 */
class FeedbackAccessIntegrationTest extends LocalStackSpringTest {

    private static final List<String> ROLES =
            List.of("customer", "reviewer", "senior-reviewer", "oncall", "ml-lead", "category-owner");

    /** Endpoint → the roles allowed. Bodies are minimal; what matters is the status security gives. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("POST /api/feedback", List.of("customer")),
            Map.entry("GET /api/feedback/fb-nope", List.of("customer", "oncall", "ml-lead")),
            Map.entry("GET /api/feedback/quality", List.of("oncall", "ml-lead")),
            Map.entry("GET /api/feedback/anomalies", List.of("oncall", "ml-lead")),
            Map.entry("GET /api/feedback/aggregates", List.of("oncall", "ml-lead")),
            Map.entry("GET /api/feedback/reputation/u-1", List.of("oncall", "ml-lead")),
            Map.entry("POST /api/feedback/improvement/run", List.of("ml-lead")),
            Map.entry("GET /api/feedback/improvement/proposals", List.of("ml-lead")),
            Map.entry("POST /api/runbook/feedback/quarantine", List.of("oncall")),
            Map.entry("POST /api/runbook/feedback/quarantine/lift", List.of("oncall")),
            Map.entry("POST /api/runbook/feedback/backfill", List.of("oncall")),
            Map.entry("GET /api/runbook/feedback/backfill/job-1", List.of("oncall")),
            Map.entry("POST /api/runbook/feedback/improvement/freeze", List.of("oncall", "ml-lead")),
            Map.entry("POST /api/runbook/feedback/improvement/unfreeze", List.of("ml-lead")));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static Stream<Arguments> everyEndpointAndRole() {
        return ALLOWED.entrySet().stream()
                .flatMap(e -> ROLES.stream()
                        .map(role -> Arguments.of(e.getKey(), role, e.getValue().contains(role))));
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("everyEndpointAndRole")
    void onlyTheRolesThatMayCallAnEndpointGetPastSecurity(String endpoint, String role, boolean allowed)
            throws Exception {
        String[] parts = endpoint.split(" ", 2);
        // dry runs and empty bodies: nothing is changed by this test
        String body = "{\"reason\":\"access test\",\"dryRun\":true}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + parts[1]))
                .header("Authorization", "Bearer " + LocalAws.token("u-access-" + role, role))
                .header("Content-Type", "application/json")
                .method(
                        parts[0],
                        parts[0].equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }
}
