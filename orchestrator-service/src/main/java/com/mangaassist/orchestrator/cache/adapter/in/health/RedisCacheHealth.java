package com.mangaassist.orchestrator.cache.adapter.in.health;

import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health component {@code redisCache}: always UP, because turns are answered without Redis (the caches fall
 * back to DynamoDB), with {@code redis} saying whether the caches are in use or bypassed. It replaces Spring
 * Boot's Redis indicator in the orchestrator, which reported the whole service DOWN when Redis hung, so a health
 * check (ECS, a load balancer) would have taken down orchestrators that were serving every turn.
 */
public final class RedisCacheHealth implements HealthIndicator {

    private final BestEffortRedis cache;

    public RedisCacheHealth(BestEffortRedis cache) {
        this.cache = cache;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("redis", cache.bypassed() ? "bypassed: Redis failed, turns read DynamoDB" : "in use")
                .build();
    }
}
