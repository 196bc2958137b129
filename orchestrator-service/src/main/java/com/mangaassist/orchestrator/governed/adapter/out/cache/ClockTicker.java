package com.mangaassist.orchestrator.governed.adapter.out.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/** Caffeine's time source read from a {@link Clock}, so expiry follows the injected clock. */
record ClockTicker(Clock clock) implements Ticker {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Override
    public long read() {
        Instant now = clock.instant();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }
}
