package com.mangaassist.delivery.promise.adapter.out.gateway;

import com.mangaassist.delivery.promise.domain.CustomerConnections;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.PostOutcome;
import com.mangaassist.model.chat.ServerMessage;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;

/**
 * Retries throttled, 5xx and network failures in place with exponential backoff and jitter
 * (resilience4j); other failures pass through at once.
 */
public final class RetryingCustomerConnections implements CustomerConnections {

    private final CustomerConnections delegate;
    private final Retry retry;

    public RetryingCustomerConnections(CustomerConnections delegate, Retry retry) {
        this.delegate = delegate;
        this.retry = retry;
    }

    /** The retry for posts: {@code maxAttempts} in all, backoff from {@code initial} growing by {@code multiplier}. */
    public static Retry retry(
            String name, int maxAttempts, Duration initial, double multiplier, double jitter, Duration max) {
        return Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(maxAttempts)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initial, multiplier, jitter, max))
                        .retryOnException(e -> e instanceof DeliveryFailedException
                                && ((DeliveryFailedException) e).kind().retryable())
                        .failAfterMaxAttempts(false)
                        .build());
    }

    @Override
    public PostOutcome post(String connectionId, ServerMessage message) {
        return retry.executeSupplier(() -> delegate.post(connectionId, message));
    }

    @Override
    public boolean isConnected(String connectionId) {
        return retry.executeSupplier(() -> delegate.isConnected(connectionId));
    }
}
