package com.mangaassist.feedback.intake.adapter.in.health;

import io.lettuce.core.RedisException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The health component {@code rateLimits}: always UP, with {@code redis} saying whether the rate limits' Redis
 * answers. Without it new feedback is refused (503 {@code RATE_LIMIT_UNAVAILABLE}, nothing stored: the limits fail
 * closed) while everything that reads — quality gate, anomalies, aggregates, runbooks — goes on; taking the service
 * out of the load balancer (Spring Boot's Redis indicator would make it DOWN) would stop those too and restart
 * instances that cannot fix Redis. Details are on-call's only.
 */
public final class RateLimitsHealth implements HealthIndicator {

    private final RedisConnectionFactory redis;

    public RateLimitsHealth(RedisConnectionFactory redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        try (RedisConnection connection = redis.getConnection()) {
            connection.ping();
            return Health.up()
                    .withDetail("redis", "in use")
                    .withDetail("degraded", false)
                    .build();
        } catch (DataAccessException | RedisException unavailable) {
            return Health.up()
                    .withDetail(
                            "redis", "unavailable: new feedback is refused (503 RATE_LIMIT_UNAVAILABLE), reads go on")
                    .withDetail("degraded", true)
                    .withDetail("error", unavailable.getClass().getSimpleName())
                    .build();
        }
    }
}
