package com.mangaassist.orchestrator.governed.adapter.out.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Values loaded per key and kept for {@code ttl} after they were loaded (time as told by the injected
 * {@link Clock}) or until invalidated, whichever comes first. A failure of the loader is not cached and
 * reaches the caller.
 */
public final class ClockDrivenCache<K, V> {

    private final LoadingCache<K, V> cache;

    public ClockDrivenCache(Function<K, V> loader, Duration ttl, Clock clock) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(clock, "clock");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(new ClockTicker(clock))
                .executor(Runnable::run)
                .build(loader::apply);
    }

    public V get(K key) {
        return cache.get(Objects.requireNonNull(key, "key"));
    }

    /** Forgets the value of {@code key}; the next read loads it again. */
    public void invalidate(K key) {
        cache.invalidate(key);
    }

    /** Forgets every value. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
