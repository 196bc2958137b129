package com.mangaassist.feedback.intake.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.RateLimitUnavailableException;
import com.mangaassist.feedback.intake.domain.RateLimits.RateDecision;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.mangaassist.localaws.process.FreePorts;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token buckets against the local stack's Redis, driven by a mutable clock; and failing closed without Redis. */
@ExtendWith(LocalAwsExtension.class)
class Bucket4jRateLimitsIntegrationTest {

    private static final Map<FeedbackKind, Bucket4jRateLimits.Limit> LIMITS = Map.of(
            FeedbackKind.BINARY, new Bucket4jRateLimits.Limit(10, Duration.ofHours(1)),
            FeedbackKind.CORRECTION, new Bucket4jRateLimits.Limit(3, Duration.ofDays(1)),
            FeedbackKind.PREFERENCE, new Bucket4jRateLimits.Limit(5, Duration.ofDays(1)));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));
    private RedisClient redis;

    @AfterEach
    void close() {
        if (redis != null) {
            redis.shutdown();
        }
    }

    @Test
    void theFourthCorrectionOfADayWaitsForTheRefillAndIsAllowedAfterIt() {
        redis = RedisClient.create(LocalAws.endpoints().redis().toString());
        Bucket4jRateLimits limits = new Bucket4jRateLimits(redis, LIMITS, clock);
        String session = "s-" + UUID.randomUUID();
        String user = "u-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryConsume(FeedbackKind.CORRECTION, session, user))
                    .isInstanceOf(RateDecision.Allowed.class);
        }

        RateDecision fourth = limits.tryConsume(FeedbackKind.CORRECTION, session, user);

        assertThat(fourth).isInstanceOf(RateDecision.Limited.class);
        assertThat(((RateDecision.Limited) fourth).retryAfter()).isEqualTo(Duration.ofDays(1));
        assertThat(limits.tryConsume(FeedbackKind.BINARY, session, user)).isInstanceOf(RateDecision.Allowed.class);
        clock.advance(Duration.ofDays(1));
        assertThat(limits.tryConsume(FeedbackKind.CORRECTION, session, user)).isInstanceOf(RateDecision.Allowed.class);
    }

    @Test
    void aSessionRefusedByItsAccountKeepsItsToken() {
        redis = RedisClient.create(LocalAws.endpoints().redis().toString());
        Bucket4jRateLimits limits = new Bucket4jRateLimits(redis, LIMITS, clock);
        String user = "u-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            limits.tryConsume(FeedbackKind.PREFERENCE, "s-a-" + user, user);
        }

        RateDecision refused = limits.tryConsume(FeedbackKind.PREFERENCE, "s-b-" + user, user);

        assertThat(refused).isInstanceOf(RateDecision.Limited.class);
        assertThat(((RateDecision.Limited) refused).scope()).isEqualTo("account");
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryConsume(FeedbackKind.PREFERENCE, "s-b-" + user, "u-other-" + i))
                    .as("session s-b still has its 5 tokens")
                    .isInstanceOf(RateDecision.Allowed.class);
        }
    }

    @Test
    void withoutRedisFeedbackIsRefusedNotLetThrough() {
        redis = RedisClient.create("redis://127.0.0.1:" + FreePorts.next());

        assertThatThrownBy(() ->
                        new Bucket4jRateLimits(redis, LIMITS, clock).tryConsume(FeedbackKind.BINARY, "s-1", "u-1"))
                .isInstanceOf(RateLimitUnavailableException.class);
    }
}
