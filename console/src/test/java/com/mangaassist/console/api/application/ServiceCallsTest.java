package com.mangaassist.console.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.signin.domain.ConsoleUser;
import com.mangaassist.model.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final ConsoleUser REVIEWER =
            new ConsoleUser("r-1", Set.of(Role.REVIEWER), "token-r-1", NOW.plusSeconds(3600));

    private final List<ServiceCall> sent = new ArrayList<>();
    private boolean down;
    private final ServiceApi api = call -> {
        if (down) {
            throw new ServiceApi.UnavailableException(call.upstream(), "down", null);
        }
        sent.add(call);
        return new ServiceResponse(
                409,
                Optional.of("application/problem+json"),
                "{\"code\":\"DECISION_TOO_LATE\"}".getBytes(StandardCharsets.UTF_8));
    };
    private final ServiceCalls calls = new ServiceCalls(api, Clock.fixed(NOW, ZoneOffset.UTC), 16);

    @Test
    void aCallReachesTheServiceWithTheUsersTokenAndItsAnswerComesBackAsItIs() {
        ServiceCalls.Outcome outcome = post("reviews", "/api/reviews/t-1/decision", "{}", "k-1");

        assertThat(outcome).isInstanceOf(ServiceCalls.Answered.class);
        ServiceResponse response = ((ServiceCalls.Answered) outcome).response();
        assertThat(response.status()).isEqualTo(409);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("DECISION_TOO_LATE");
        assertThat(sent).singleElement().satisfies(call -> {
            assertThat(call.upstream()).isEqualTo(Upstream.REVIEWS);
            assertThat(call.token()).isEqualTo("token-r-1");
            assertThat(call.idempotencyKey()).contains("k-1");
            assertThat(call.path()).isEqualTo("/api/reviews/t-1/decision");
        });
    }

    @Test
    void anExpiredSignInNeverReachesAService() {
        ConsoleUser expired = new ConsoleUser("r-1", Set.of(Role.REVIEWER), "old", NOW);
        ServiceCalls.Outcome outcome = calls.call(
                expired,
                "reviews",
                ServiceCall.Method.GET,
                "/api/reviews",
                new byte[0],
                Optional.empty(),
                Optional.empty());

        assertThat(outcome).isEqualTo(new ServiceCalls.Refused(401, "SESSION_EXPIRED", refusedDetail(outcome)));
        assertThat(sent).isEmpty();
    }

    @Test
    void unknownServicesPathsOutsideTheApiOversizedBodiesAndBadKeysAreRefusedBeforeAnyCall() {
        assertThat(code(post("billing", "/api/x", "{}", null))).isEqualTo("UNKNOWN_SERVICE");
        assertThat(code(post("reviews", "/actuator/env", "{}", null))).isEqualTo("INVALID_API_PATH");
        assertThat(code(post("reviews", "/api/../actuator/env", "{}", null))).isEqualTo("INVALID_API_PATH");
        assertThat(code(post("reviews", "/api/reviews/next", "{\"x\":\"0123456789\"}", null)))
                .isEqualTo("REQUEST_TOO_LARGE");
        assertThat(code(post("reviews", "/api/reviews/next", "{}", "bad key"))).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(sent).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnavailableNotAnError() {
        down = true;
        assertThat(post("thresholds", "/api/thresholds", "{}", null))
                .isEqualTo(new ServiceCalls.Unavailable(Upstream.THRESHOLDS));
    }

    private ServiceCalls.Outcome post(String service, String path, String body, String key) {
        return calls.call(
                REVIEWER,
                service,
                ServiceCall.Method.POST,
                path,
                body.getBytes(StandardCharsets.UTF_8),
                Optional.of("application/json"),
                Optional.ofNullable(key));
    }

    private static String code(ServiceCalls.Outcome outcome) {
        assertThat(outcome).isInstanceOf(ServiceCalls.Refused.class);
        return ((ServiceCalls.Refused) outcome).code();
    }

    private static String refusedDetail(ServiceCalls.Outcome outcome) {
        return outcome instanceof ServiceCalls.Refused refused ? refused.detail() : "";
    }
}
