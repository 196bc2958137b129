package com.mangaassist.orchestrator.routing.adapter.out.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of another {@link Thresholds}, kept per topic for {@code ttl} after they were read
 * (time as told by the injected {@link Clock}) or until invalidated, whichever comes first. A failure
 * of the source while loading is not cached and reaches the caller.
 */
public final class CachedThresholds implements Thresholds {

    private final LoadingCache<TopicCategory, TopicThresholds> cache;

    public CachedThresholds(Thresholds source, Duration ttl, Clock clock) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(clock, "clock");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .ticker(new ClockTicker(clock))
                .executor(Runnable::run)
                .build(source::current);
    }

    @Override
    public TopicThresholds current(TopicCategory topic) {
        return cache.get(Objects.requireNonNull(topic, "topic"));
    }

    /** Forgets the thresholds of {@code topic}; the next read goes to the source. */
    public void invalidate(TopicCategory topic) {
        cache.invalidate(topic);
    }

    /** Forgets the thresholds of every topic. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** Forgets what {@code change} says changed. */
    public void on(ThresholdsChanged change) {
        change.topic().ifPresentOrElse(this::invalidate, this::invalidateAll);
    }
}
