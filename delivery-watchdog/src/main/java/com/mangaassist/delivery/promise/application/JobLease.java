package com.mangaassist.delivery.promise.application;

import java.time.Instant;
import java.util.Optional;

/** A lease that lets one runner across instances do a periodic job (the LOCKS table). */
public interface JobLease {

    /** Takes the lease {@code name} until {@code until} when it is free at {@code now}. */
    Optional<Held> acquire(String name, Instant now, Instant until);

    /** Shortens a held lease to {@code until} (never releases another holder's lease). */
    void release(Held lease, Instant until);

    /**
     * Shortens a held lease to {@code until} and records that the job's run completed at {@code completedAt} (never
     * touches another holder's lease).
     */
    void releaseCompleted(Held lease, Instant until, Instant completedAt);

    /** When the job {@code name} last completed a run (on any instance); empty when never. */
    Optional<Instant> lastCompletedAt(String name);

    record Held(String name, String holder, Instant until) {}
}
