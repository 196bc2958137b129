package com.mangaassist.delivery.promise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void throttlingServerErrorsAndNetworkFailuresAreRetried() {
        assertThat(FailureKind.classify(429, "LimitExceededException")).isEqualTo(FailureKind.THROTTLED);
        assertThat(FailureKind.classify(400, "ThrottlingException")).isEqualTo(FailureKind.THROTTLED);
        assertThat(FailureKind.classify(503, null)).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(FailureKind.classify(0, null)).isEqualTo(FailureKind.NETWORK);
        assertThat(FailureKind.THROTTLED.retryable()).isTrue();
        assertThat(FailureKind.SERVER_ERROR.retryable()).isTrue();
        assertThat(FailureKind.NETWORK.retryable()).isTrue();
    }

    @Test
    void accessDeniedValidationAndUnknownAreNotRetried() {
        assertThat(FailureKind.classify(403, "AccessDeniedException")).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(FailureKind.classify(400, "AccessDeniedException")).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(FailureKind.classify(413, "PayloadTooLargeException")).isEqualTo(FailureKind.VALIDATION);
        assertThat(FailureKind.classify(404, "NotFound")).isEqualTo(FailureKind.UNKNOWN);
        assertThat(FailureKind.ACCESS_DENIED.retryable()).isFalse();
        assertThat(FailureKind.VALIDATION.retryable()).isFalse();
        assertThat(FailureKind.UNKNOWN.retryable()).isFalse();
        assertThat(FailureKind.ACCESS_DENIED.tag()).isEqualTo("access_denied");
    }
}
