package com.mangaassist.delivery.promise.adapter.out.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.FailureKind;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.model.chat.ReviewedResponse;
import com.mangaassist.model.chat.ServerMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ApiGatewayManagementApiException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ForbiddenException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.LimitExceededException;

class SdkFailuresTest {

    @Test
    void sdkExceptionsAreClassifiedByTypeStatusAndCode() {
        assertThat(SdkFailures.classify(
                        LimitExceededException.builder().statusCode(429).build()))
                .isEqualTo(FailureKind.THROTTLED);
        assertThat(SdkFailures.classify(
                        ForbiddenException.builder().statusCode(403).build()))
                .isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(SdkFailures.classify(accessDenied())).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(SdkFailures.classify(ApiGatewayManagementApiException.builder()
                        .statusCode(502)
                        .build()))
                .isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(SdkFailures.classify(SdkClientException.create("connection refused")))
                .isEqualTo(FailureKind.NETWORK);
    }

    @Test
    void throttledPostIsRetriedUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        CustomerConnections flaky = new FailingThen(calls, 2, FailureKind.THROTTLED);

        PostOutcome outcome = new RetryingCustomerConnections(flaky, fastRetry()).post("c-1", message());

        assertThat(outcome).isInstanceOf(PostOutcome.Posted.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void accessDeniedIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        CustomerConnections denied = new FailingThen(calls, 10, FailureKind.ACCESS_DENIED);

        assertThatThrownBy(() -> new RetryingCustomerConnections(denied, fastRetry()).post("c-1", message()))
                .isInstanceOf(DeliveryFailedException.class)
                .extracting(e -> ((DeliveryFailedException) e).kind())
                .isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(calls).hasValue(1);
    }

    @Test
    void throttlingBeyondTheAttemptsSurfaces() {
        AtomicInteger calls = new AtomicInteger();
        CustomerConnections throttled = new FailingThen(calls, 10, FailureKind.THROTTLED);

        assertThatThrownBy(() -> new RetryingCustomerConnections(throttled, fastRetry()).post("c-1", message()))
                .isInstanceOf(DeliveryFailedException.class);
        assertThat(calls).hasValue(4);
    }

    static ApiGatewayManagementApiException accessDenied() {
        return (ApiGatewayManagementApiException) ApiGatewayManagementApiException.builder()
                .statusCode(403)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDeniedException")
                        .errorMessage("not authorized to perform: execute-api:ManageConnections")
                        .build())
                .build();
    }

    private static io.github.resilience4j.retry.Retry fastRetry() {
        return RetryingCustomerConnections.retry("test", 4, Duration.ofMillis(1), 2.0, 0.5, Duration.ofMillis(5));
    }

    private static ServerMessage message() {
        return new ReviewedResponse("m-1", "text");
    }

    private record FailingThen(AtomicInteger calls, int failures, FailureKind kind) implements CustomerConnections {

        @Override
        public PostOutcome post(String connectionId, ServerMessage message) {
            if (calls.incrementAndGet() <= failures) {
                throw new DeliveryFailedException(kind, "m-1", "injected");
            }
            return new PostOutcome.Posted();
        }

        @Override
        public boolean isConnected(String connectionId) {
            return true;
        }
    }
}
