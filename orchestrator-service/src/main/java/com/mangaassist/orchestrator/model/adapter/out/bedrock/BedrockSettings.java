package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link BedrockFoundationModel} calls Bedrock: the two models with their prices, the sampling
 * temperature, the longest answer accepted, the per-call time limit, the circuit breaker of each model
 * and how many calls may run at once. Validated on construction: the slow-call threshold lies below the
 * time limit, and the time limit below {@link #TURN_BUDGET}.
 *
 * @param fast the default model (Claude 3 Haiku)
 * @param strong the model for complex or high-risk turns (Claude 3.5 Sonnet)
 * @param temperature sampling temperature in [0, 1]; keep it low for grounded answers
 * @param maxAnswerCodePoints the longest answer text accepted, in code points
 * @param timeout time limit of one model call; past it the call counts as failed
 * @param breaker the circuit breaker settings, applied to each model separately
 * @param maxConcurrentCalls model calls that may be in flight at once; more are refused as unavailable
 */
public record BedrockSettings(
        Model fast,
        Model strong,
        double temperature,
        int maxAnswerCodePoints,
        Duration timeout,
        Breaker breaker,
        int maxConcurrentCalls) {

    /** A model call must end well inside a chat turn: time limit and slow-call threshold stay below this. */
    public static final Duration TURN_BUDGET = Duration.ofMillis(2500);

    public BedrockSettings {
        Objects.requireNonNull(fast, "fast");
        Objects.requireNonNull(strong, "strong");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(breaker, "breaker");
        if (!(temperature >= 0.0 && temperature <= 1.0)) {
            throw new IllegalArgumentException("temperature must be in [0, 1]: " + temperature);
        }
        if (maxAnswerCodePoints < 1) {
            throw new IllegalArgumentException("maxAnswerCodePoints must be positive: " + maxAnswerCodePoints);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be positive: " + maxConcurrentCalls);
        }
        if (timeout.compareTo(TURN_BUDGET) >= 0) {
            throw new IllegalArgumentException("timeout must be below " + TURN_BUDGET + ": " + timeout);
        }
        if (breaker.slowCallDurationThreshold().compareTo(timeout) >= 0) {
            throw new IllegalArgumentException(
                    "breaker slowCallDurationThreshold (" + breaker.slowCallDurationThreshold()
                            + ") must be below the timeout (" + timeout + "), or no call could ever count as slow");
        }
    }

    /**
     * One Bedrock model and its on-demand price.
     *
     * @param modelId the Bedrock model id, for example {@code anthropic.claude-3-haiku-20240307-v1:0}
     * @param inputUsdPerMillionTokens USD per one million input tokens
     * @param outputUsdPerMillionTokens USD per one million output tokens
     */
    public record Model(String modelId, double inputUsdPerMillionTokens, double outputUsdPerMillionTokens) {

        public Model {
            if (modelId == null || modelId.isBlank()) {
                throw new IllegalArgumentException("modelId must not be blank");
            }
            if (!(inputUsdPerMillionTokens > 0.0) || !(outputUsdPerMillionTokens > 0.0)) {
                throw new IllegalArgumentException("prices of " + modelId + " must be positive: "
                        + inputUsdPerMillionTokens + " / " + outputUsdPerMillionTokens);
            }
        }

        /** Cost in USD of one call with these token counts. */
        double costUsd(int inputTokens, int outputTokens) {
            return (inputTokens * inputUsdPerMillionTokens + outputTokens * outputUsdPerMillionTokens) / 1_000_000.0;
        }
    }

    /**
     * Circuit breaker of one model, over a count-based sliding window.
     *
     * @param failureRateThreshold percentage of failed calls (throttled, timed out, 5xx, I/O) that opens it
     * @param slowCallRateThreshold percentage of slow calls that opens it
     * @param slowCallDurationThreshold a call slower than this is slow
     * @param slidingWindowSize calls in the window
     * @param minimumNumberOfCalls calls needed before rates are computed
     * @param waitDurationInOpenState how long it stays open before letting trial calls through
     * @param permittedCallsInHalfOpenState trial calls when half open
     */
    public record Breaker(
            float failureRateThreshold,
            float slowCallRateThreshold,
            Duration slowCallDurationThreshold,
            int slidingWindowSize,
            int minimumNumberOfCalls,
            Duration waitDurationInOpenState,
            int permittedCallsInHalfOpenState) {

        public Breaker {
            Objects.requireNonNull(slowCallDurationThreshold, "slowCallDurationThreshold");
            Objects.requireNonNull(waitDurationInOpenState, "waitDurationInOpenState");
            requirePercentage("failureRateThreshold", failureRateThreshold);
            requirePercentage("slowCallRateThreshold", slowCallRateThreshold);
            if (slowCallDurationThreshold.isNegative() || slowCallDurationThreshold.isZero()) {
                throw new IllegalArgumentException(
                        "slowCallDurationThreshold must be positive: " + slowCallDurationThreshold);
            }
            if (waitDurationInOpenState.isNegative() || waitDurationInOpenState.isZero()) {
                throw new IllegalArgumentException(
                        "waitDurationInOpenState must be positive: " + waitDurationInOpenState);
            }
            if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
                throw new IllegalArgumentException("slidingWindowSize, minimumNumberOfCalls and "
                        + "permittedCallsInHalfOpenState must be positive");
            }
        }

        private static void requirePercentage(String name, float value) {
            if (!(value > 0.0f && value <= 100.0f)) {
                throw new IllegalArgumentException(name + " must be in (0, 100]: " + value);
            }
        }
    }
}
