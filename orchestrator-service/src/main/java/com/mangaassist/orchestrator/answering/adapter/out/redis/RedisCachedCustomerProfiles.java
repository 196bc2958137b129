package com.mangaassist.orchestrator.answering.adapter.out.redis;

import com.mangaassist.orchestrator.answering.domain.CustomerProfile;
import com.mangaassist.orchestrator.answering.domain.CustomerProfiles;
import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import java.time.Duration;
import java.util.Optional;

/**
 * Caches profiles in Redis for {@code ttl} ({@code profile:<userId>} → {@code vip|history|email}), so a
 * chat's turns do not each read DynamoDB. Writers invalidate with {@link #evict(String)}. Redis is best effort
 * ({@link BestEffortRedis}): without it every lookup reads DynamoDB.
 */
public final class RedisCachedCustomerProfiles implements CustomerProfiles {

    private static final String PREFIX = "mangaassist:profile:";

    private final CustomerProfiles source;
    private final BestEffortRedis redis;
    private final Duration ttl;

    public RedisCachedCustomerProfiles(CustomerProfiles source, BestEffortRedis redis, Duration ttl) {
        this.source = source;
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public CustomerProfile find(String userId) {
        String cached = redis.get(PREFIX + userId).orElse(null);
        if (cached != null) {
            String[] parts = cached.split("\\|", 3);
            return new CustomerProfile(
                    userId,
                    "1".equals(parts[0]),
                    "1".equals(parts[1]),
                    parts.length > 2 && !parts[2].isEmpty() ? Optional.of(parts[2]) : Optional.empty());
        }
        CustomerProfile profile = source.find(userId);
        redis.set(
                PREFIX + userId,
                (profile.vip() ? "1" : "0") + "|" + (profile.hasPurchaseHistory() ? "1" : "0") + "|"
                        + profile.email().orElse(""),
                ttl);
        return profile;
    }

    public void evict(String userId) {
        redis.delete(PREFIX + userId);
    }
}
