package com.mangaassist.localaws.process;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** A short pause between readiness probes of a starting process (polling, not waiting for an outcome). */
final class LockSupportPause {

    private LockSupportPause() {}

    static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
