package com.mangaassist.orchestrator.cache.adapter.out.redis;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis as a cache the turn can do without (issue 14: "Redis down → turns still answered, caches bypassed"). A
 * read that fails is a miss, a write or delete that fails is skipped, and after a run of failures (half of the
 * last 10 calls, at least 5) the circuit opens and Redis is not asked at all for 10 s, so a Redis that hangs
 * costs each turn nothing rather than its command timeout ({@code spring.data.redis.timeout}). The source of
 * truth behind each cache is DynamoDB; what a skipped delete leaves behind expires with its TTL.
 */
public final class BestEffortRedis {

    private static final Logger log = LoggerFactory.getLogger(BestEffortRedis.class);

    private final StringRedisTemplate redis;
    private final CircuitBreaker breaker;

    public BestEffortRedis(StringRedisTemplate redis) {
        this(redis, Duration.ofSeconds(10));
    }

    BestEffortRedis(StringRedisTemplate redis, Duration openFor) {
        this.redis = redis;
        this.breaker = CircuitBreaker.of(
                "redis-cache",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openFor)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .recordExceptions(DataAccessException.class)
                        .build());
        breaker.getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "Redis cache circuit {}: the caches are {}",
                        event.getStateTransition(),
                        event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED
                                ? "in use again"
                                : "bypassed"));
    }

    /** The cached value, or empty on a miss, a Redis failure or an open circuit. */
    public Optional<String> get(String key) {
        return call(() -> redis.opsForValue().get(key));
    }

    /** Caches {@code value} for {@code ttl} if Redis can take it now. */
    public void set(String key, String value, Duration ttl) {
        call(() -> {
            redis.opsForValue().set(key, value, ttl);
            return null;
        });
    }

    /** Removes {@code key} if Redis can be reached now; otherwise it expires with its TTL. */
    public void delete(String key) {
        call(() -> redis.delete(key));
    }

    /** Whether the circuit is open or half open: Redis is being bypassed. */
    public boolean bypassed() {
        return breaker.getState() != CircuitBreaker.State.CLOSED;
    }

    private <T> Optional<T> call(Supplier<T> operation) {
        try {
            return Optional.ofNullable(breaker.executeSupplier(operation));
        } catch (CallNotPermittedException open) {
            return Optional.empty();
        } catch (DataAccessException failure) { // recorded by the breaker; the caller falls back to the source
            log.debug("Redis cache call failed: {}", failure.toString());
            return Optional.empty();
        }
    }
}
