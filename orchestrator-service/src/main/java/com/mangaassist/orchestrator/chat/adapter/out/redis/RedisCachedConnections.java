package com.mangaassist.orchestrator.chat.adapter.out.redis;

import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import com.mangaassist.orchestrator.chat.domain.Connections;
import com.mangaassist.orchestrator.chat.domain.CustomerConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Connections and the session each belongs to, cached in Redis for {@code ttl} so a turn does not read
 * DynamoDB to find its session. Writes go to the source first, then to the cache; removal clears both. Redis is
 * best effort ({@link BestEffortRedis}): without it every lookup reads DynamoDB.
 */
public final class RedisCachedConnections implements Connections {

    private static final String PREFIX = "mangaassist:connection:";

    private final Connections source;
    private final BestEffortRedis redis;
    private final Duration ttl;

    public RedisCachedConnections(Connections source, BestEffortRedis redis, Duration ttl) {
        this.source = source;
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public boolean save(CustomerConnection connection) {
        if (!source.save(connection)) {
            return false;
        }
        cache(connection);
        return true;
    }

    @Override
    public Optional<CustomerConnection> find(String connectionId) {
        String cached = redis.get(PREFIX + connectionId).orElse(null);
        if (cached != null) {
            String[] parts = cached.split("\\|", 4);
            return Optional.of(new CustomerConnection(
                    connectionId, parts[0], parts[1], Instant.parse(parts[2]), parts[3].isEmpty() ? null : parts[3]));
        }
        Optional<CustomerConnection> found = source.find(connectionId);
        found.ifPresent(this::cache);
        return found;
    }

    @Override
    public void remove(String connectionId) {
        source.remove(connectionId);
        redis.delete(PREFIX + connectionId);
    }

    private void cache(CustomerConnection connection) {
        redis.set(
                PREFIX + connection.connectionId(),
                connection.userId() + "|" + connection.sessionId() + "|" + connection.connectedAt() + "|"
                        + (connection.sourceIp() == null ? "" : connection.sourceIp()),
                ttl);
    }
}
