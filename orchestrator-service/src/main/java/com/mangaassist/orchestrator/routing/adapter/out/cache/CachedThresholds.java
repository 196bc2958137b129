package com.mangaassist.orchestrator.routing.adapter.out.cache;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.governed.adapter.out.cache.ClockDrivenCache;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of another {@link Thresholds}, kept per topic for {@code ttl} after it was read (time
 * as told by the injected {@link Clock}) or until invalidated, whichever comes first. It caches the whole
 * configuration (active, canary, overrides), never a resolved choice: the router resolves it per turn, so
 * an override or canary ends exactly on time even in a cached copy. A failure of the source while loading
 * is not cached and reaches the caller.
 */
public final class CachedThresholds implements Thresholds {

    private static final Logger log = LoggerFactory.getLogger(CachedThresholds.class);

    private final ClockDrivenCache<TopicCategory, ThresholdConfiguration> cache;

    public CachedThresholds(Thresholds source, Duration ttl, Clock clock) {
        this.cache = new ClockDrivenCache<>(source::current, ttl, clock);
    }

    @Override
    public ThresholdConfiguration current(TopicCategory topic) {
        return cache.get(topic);
    }

    /** Forgets the configuration of {@code topic}; the next read goes to the source. */
    public void invalidate(TopicCategory topic) {
        cache.invalidate(topic);
    }

    /**
     * Forgets the configuration of the topic whose code is {@code topicCode}; a code that names no topic is
     * logged at WARN and forgets every topic, which is always safe.
     */
    public void invalidate(String topicCode) {
        TopicCategory.fromCode(topicCode).ifPresentOrElse(this::invalidate, () -> {
            log.warn("Unknown topic '{}' in a thresholds change: forgetting the thresholds of every topic", topicCode);
            invalidateAll();
        });
    }

    /** Forgets the configuration of every topic. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
