package com.mangaassist.feedback.intake.adapter.out.redis;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.RateLimitUnavailableException;
import com.mangaassist.feedback.intake.domain.RateLimits;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Token buckets in Redis with Bucket4j over lettuce: for each kind one bucket per session and one per
 * account ({@code feedback:rate:<KIND>:<scope>:<id>}), each of {@code capacity} tokens refilled all at once
 * every {@code period}. The account's token is taken only when the session had one; a refused account gives
 * the session's token back. Time comes from the injected clock. Redis unreachable (also at start) → {@link
 * RateLimitUnavailableException}: limits fail closed.
 */
public final class Bucket4jRateLimits implements RateLimits {

    /** A limit: {@code capacity} signals per {@code period}. */
    public record Limit(int capacity, Duration period) {

        public Limit {
            if (capacity < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a limit needs capacity >= 1 and a positive period");
            }
        }
    }

    private final RedisClient redis;
    private final Clock clock;
    private final Duration longestPeriod;
    private ProxyManager<byte[]> buckets;
    private final Map<FeedbackKind, BucketConfiguration> configurations;

    public Bucket4jRateLimits(RedisClient redis, Map<FeedbackKind, Limit> limits, Clock clock) {
        for (FeedbackKind kind : FeedbackKind.values()) {
            if (!limits.containsKey(kind)) {
                throw new IllegalArgumentException("no rate limit for " + kind);
            }
        }
        Duration longest = limits.values().stream()
                .map(Limit::period)
                .max(Duration::compareTo)
                .orElseThrow();
        this.redis = redis;
        this.clock = clock;
        this.longestPeriod = longest;
        this.configurations = Map.copyOf(limits.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> BucketConfiguration.builder()
                                .addLimit(limit -> limit.capacity(e.getValue().capacity())
                                        .refillIntervally(
                                                e.getValue().capacity(),
                                                e.getValue().period()))
                                .build())));
    }

    @Override
    public RateDecision tryConsume(FeedbackKind kind, String sessionId, String userId) {
        try {
            ProxyManager<byte[]> buckets = buckets();
            var session = buckets.builder().build(key(kind, "session", sessionId), () -> configurations.get(kind));
            ConsumptionProbe bySession = session.tryConsumeAndReturnRemaining(1);
            if (!bySession.isConsumed()) {
                return new RateDecision.Limited("session", wait(bySession));
            }
            var account = buckets.builder().build(key(kind, "account", userId), () -> configurations.get(kind));
            ConsumptionProbe byAccount = account.tryConsumeAndReturnRemaining(1);
            if (!byAccount.isConsumed()) {
                session.addTokens(1);
                return new RateDecision.Limited("account", wait(byAccount));
            }
            return new RateDecision.Allowed();
        } catch (RedisException | CompletionException e) {
            throw new RateLimitUnavailableException("rate limits unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * The bucket store, connected on first use rather than at start, so the service starts while Redis is
     * down (and refuses feedback until it is back); lettuce reconnects an established connection itself.
     */
    private synchronized ProxyManager<byte[]> buckets() {
        if (buckets == null) {
            buckets = Bucket4jLettuce.casBasedBuilder(redis)
                    .clientClock(new ClockTimeMeter(clock))
                    .requestTimeout(Duration.ofSeconds(2))
                    .expirationAfterWrite(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(longestPeriod))
                    .build();
        }
        return buckets;
    }

    private static Duration wait(ConsumptionProbe probe) {
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static byte[] key(FeedbackKind kind, String scope, String id) {
        return ("feedback:rate:" + kind + ":" + scope + ":" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** Bucket4j's time from the injected clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
