package com.mangaassist.delivery.promise.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The watchdog's policy: heartbeat interval, how long a claim on a promise lasts, and the bounds of
 * the single-runner lease.
 */
public record WatchdogSettings(
        Duration heartbeatInterval, Duration claimLease, Duration lockAtMostFor, Duration lockAtLeastFor) {

    public WatchdogSettings {
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(lockAtMostFor, "lockAtMostFor");
        Objects.requireNonNull(lockAtLeastFor, "lockAtLeastFor");
        if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
            throw new IllegalArgumentException("lockAtLeastFor must not exceed lockAtMostFor");
        }
    }
}
