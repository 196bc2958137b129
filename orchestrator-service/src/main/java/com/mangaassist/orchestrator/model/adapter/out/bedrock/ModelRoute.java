package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelErrorException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

/**
 * One Bedrock model behind its own circuit breaker and time limiter. A call either gets a reply or
 * fails with a reason that says whether falling back to another model makes sense: throttling,
 * timeouts, 5xx, I/O errors and an open breaker do; a request Bedrock rejects (4xx other than
 * throttling) does not, and is logged at ERROR because it means a configuration or programming error.
 */
final class ModelRoute {

    private static final Logger log = LoggerFactory.getLogger(ModelRoute.class);

    private final BedrockSettings.Model model;
    private final BedrockRuntimeClient client;
    private final ExecutorService executor;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final TimeLimiter limiter;
    private final Duration timeout;
    private final Counter errors;

    /** Failed calls per route ({@code fast}, {@code strong}): the ModelErrors alarms (docs/ALARMS.md). */
    static final String ERRORS_METRIC = "mangaassist.model.errors";

    /** 1 while a route's breaker is open: the ModelBreakerOpen alarms (docs/ALARMS.md). */
    static final String BREAKER_OPEN_METRIC = "mangaassist.model.breaker.open";

    ModelRoute(
            String route,
            BedrockSettings.Model model,
            BedrockSettings settings,
            BedrockRuntimeClient client,
            ExecutorService executor,
            Clock clock,
            MeterRegistry meters) {
        this.model = model;
        this.client = client;
        this.executor = executor;
        this.clock = clock;
        BedrockSettings.Breaker b = settings.breaker();
        this.breaker = CircuitBreaker.of(
                "bedrock-" + model.modelId(),
                CircuitBreakerConfig.custom()
                        .slidingWindow(b.slidingWindowSize(), b.minimumNumberOfCalls(), SlidingWindowType.COUNT_BASED)
                        .failureRateThreshold(b.failureRateThreshold())
                        .slowCallRateThreshold(b.slowCallRateThreshold())
                        .slowCallDurationThreshold(b.slowCallDurationThreshold())
                        .waitDurationInOpenState(b.waitDurationInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(b.permittedCallsInHalfOpenState())
                        .clock(clock)
                        .currentTimestampFunction(Clock::millis, TimeUnit.MILLISECONDS)
                        .build());
        this.errors = Counter.builder(ERRORS_METRIC)
                .tag("route", route)
                .description("Bedrock calls that failed (timeouts, throttling, 5xx, I/O, rejected requests)")
                .register(meters);
        Gauge.builder(BREAKER_OPEN_METRIC, breaker, ModelRoute::openness)
                .tag("route", route)
                .description("1 while the model's circuit breaker refuses calls, else 0")
                .register(meters);
        this.timeout = settings.timeout();
        this.limiter = TimeLimiter.of(
                "bedrock-" + model.modelId(),
                TimeLimiterConfig.custom()
                        .timeoutDuration(settings.timeout())
                        .cancelRunningFuture(true)
                        .build());
    }

    BedrockSettings.Model model() {
        return model;
    }

    /** The breaker's state: CLOSED, OPEN, HALF_OPEN (or a forced state). */
    String breakerState() {
        return breaker.getState().name();
    }

    /** The outcome of one call. */
    sealed interface Attempt {

        record Replied(ConverseResponse response) implements Attempt {}

        /** The call failed; {@code fallbackAllowed} when another model may well succeed. */
        record Failed(String reason, boolean fallbackAllowed) implements Attempt {}
    }

    Attempt call(ConverseRequest request) {
        if (!breaker.tryAcquirePermission()) {
            return new Attempt.Failed(model.modelId() + ": circuit breaker open", true);
        }
        long started = clock.millis();
        Future<ConverseResponse> reply;
        try {
            reply = executor.submit(() -> client.converse(request));
        } catch (RejectedExecutionException e) {
            breaker.releasePermission();
            return new Attempt.Failed(model.modelId() + ": no capacity for another model call", true);
        }
        try {
            ConverseResponse response = limiter.executeFutureSupplier(() -> reply);
            breaker.onSuccess(clock.millis() - started, TimeUnit.MILLISECONDS);
            return new Attempt.Replied(response);
        } catch (TimeoutException e) {
            return failed(started, e, "timed out after " + timeout.toMillis() + " ms");
        } catch (ThrottlingException | ServiceQuotaExceededException e) {
            return failed(started, e, "throttled (" + errorCode(e) + ")");
        } catch (ModelNotReadyException e) {
            return failed(started, e, "model not ready (" + errorCode(e) + ")");
        } catch (ModelTimeoutException e) {
            return failed(started, e, "model timed out (" + errorCode(e) + ")");
        } catch (ModelErrorException e) {
            return failed(started, e, "model error " + e.statusCode() + " (" + errorCode(e) + ")");
        } catch (ServiceUnavailableException | InternalServerException e) {
            return failed(started, e, "server error " + e.statusCode() + " (" + errorCode(e) + ")");
        } catch (SdkServiceException e) {
            if (e.statusCode() >= 500) {
                return failed(started, e, "server error " + e.statusCode() + " (" + errorCode(e) + ")");
            }
            breaker.releasePermission();
            errors.increment();
            log.error(
                    "Bedrock rejected the call to {} with {} {}: not falling back, the turn is unavailable",
                    model.modelId(),
                    e.statusCode(),
                    errorCode(e),
                    e);
            return new Attempt.Failed(
                    model.modelId() + ": rejected with " + e.statusCode() + " (" + errorCode(e) + ")", false);
        } catch (SdkClientException e) {
            return failed(started, e, "client error (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply.cancel(true);
            breaker.releasePermission();
            return new Attempt.Failed(model.modelId() + ": interrupted", false);
        } catch (RuntimeException e) {
            breaker.releasePermission();
            throw e;
        } catch (Exception e) {
            breaker.releasePermission();
            throw new IllegalStateException("unexpected checked exception from a call to " + model.modelId(), e);
        }
    }

    private static double openness(CircuitBreaker breaker) {
        CircuitBreaker.State state = breaker.getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN ? 1 : 0;
    }

    private Attempt failed(long started, Throwable cause, String what) {
        errors.increment();
        breaker.onError(clock.millis() - started, TimeUnit.MILLISECONDS, cause);
        return new Attempt.Failed(model.modelId() + ": " + what, true);
    }

    private static String errorCode(SdkServiceException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode();
        }
        return e.getClass().getSimpleName();
    }
}
