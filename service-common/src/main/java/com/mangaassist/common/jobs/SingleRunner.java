package com.mangaassist.common.jobs;

import java.time.Duration;

/** A lease that lets one instance at a time run a periodic job (port; a conditional write on {@code locks}). */
public interface SingleRunner {

    /** True if this instance holds (or now took) the lease of {@code job} for {@code ttl}. */
    boolean acquire(String job, Duration ttl);
}
