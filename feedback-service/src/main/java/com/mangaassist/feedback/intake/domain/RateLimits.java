package com.mangaassist.feedback.intake.domain;

import java.time.Duration;

/**
 * Feedback rate limits per session and per account (port; token buckets in Redis). A signal is allowed
 * only when both buckets of its kind have a token.
 */
public interface RateLimits {

    /** Takes a token of {@code kind} from the session's and the account's bucket, or says how long to wait. */
    RateDecision tryConsume(FeedbackKind kind, String sessionId, String userId);

    /** The outcome of asking for a token. */
    sealed interface RateDecision {

        record Allowed() implements RateDecision {}

        /** Refused by the {@code scope} ("session" or "account") bucket; a token is back after {@code retryAfter}. */
        record Limited(String scope, Duration retryAfter) implements RateDecision {}
    }
}
