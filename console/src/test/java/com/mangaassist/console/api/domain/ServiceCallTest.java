package com.mangaassist.console.api.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceCallTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/reviews/next",
                "/api/reviews?status=PENDING&priority=P1&limit=50",
                "/api/reviews/t-1%3A2/decision",
                "/api/audit?since=2026-12-01T00:00:00Z&category=general",
                "/api/thresholds/"
            })
    void publicApiPathsPass(String path) {
        assertThat(ServiceCall.isApiPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/metrics",
                "/api/../actuator/metrics",
                "/api/reviews/..",
                "/api/./x",
                "/api/%2e%2e/actuator/metrics",
                "/api/%2E%2e/actuator",
                "/api/reviews%2F..%2Factuator",
                "/api//reviews",
                "/api/reviews\\..\\x",
                "/internal/ws/message",
                "/api/reviews next",
                "http://evil.example/api/x",
                ""
            })
    void anythingElseIsRefused(String path) {
        assertThat(ServiceCall.isApiPath(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"k-1", "6f1c0e0e-8d4b-4f0e-9a8e-3c1f7b2a9d10", "task:1.approve"})
    void idempotencyKeysOfPrintableSafeCharactersPass(String key) {
        assertThat(ServiceCall.isIdempotencyKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "k\r\nX-Injected: 1", "ключ"})
    void otherIdempotencyKeysAreRefused(String key) {
        assertThat(ServiceCall.isIdempotencyKey(key)).isFalse();
        assertThatThrownBy(() -> new ServiceCall(
                        Upstream.REVIEWS,
                        ServiceCall.Method.POST,
                        "/api/reviews/next",
                        new byte[0],
                        Optional.empty(),
                        Optional.of(key),
                        "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void itsTextNeverShowsTheToken() {
        ServiceCall call = new ServiceCall(
                Upstream.REVIEWS,
                ServiceCall.Method.GET,
                "/api/reviews",
                new byte[0],
                Optional.empty(),
                Optional.empty(),
                "eyJ.secret.token");
        assertThat(call.toString()).doesNotContain("secret").contains("/api/reviews");
    }
}
