package com.mangaassist.orchestrator.answering.adapter.out.cache;

import com.mangaassist.orchestrator.answering.domain.PromptLibrary;
import com.mangaassist.orchestrator.answering.domain.PromptVersions;
import com.mangaassist.orchestrator.governed.adapter.out.cache.ClockDrivenCache;
import java.time.Clock;
import java.time.Duration;

/**
 * The prompt versions of another {@link PromptLibrary}, kept per prompt id for {@code ttl} after they were
 * read (time as told by the injected {@link Clock}) or until invalidated. The versions are cached, never a
 * per-session choice, so a canary ends exactly on time. A failure of the source is not cached and reaches
 * the caller.
 */
public final class CachedPromptLibrary implements PromptLibrary {

    private final ClockDrivenCache<String, PromptVersions> cache;

    public CachedPromptLibrary(PromptLibrary source, Duration ttl, Clock clock) {
        this.cache = new ClockDrivenCache<>(source::versions, ttl, clock);
    }

    @Override
    public PromptVersions versions(String promptId) {
        return cache.get(promptId);
    }

    /** Forgets the versions of {@code promptId}; the next read goes to the source. */
    public void invalidate(String promptId) {
        cache.invalidate(promptId);
    }

    /** Forgets the versions of every prompt. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
