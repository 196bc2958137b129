package com.mangaassist.reviewqueue.presence.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who counts as active (checked in, heartbeat within {@code activeWithin}) and how many must be: {@code
 * peakMinimum} from {@code peakStart} (inclusive) to {@code peakEnd} (exclusive) local time in {@code
 * zone} (a window may cross midnight), {@code offPeakMinimum} otherwise.
 */
public record StaffingPolicy(
        Duration activeWithin,
        ZoneId zone,
        LocalTime peakStart,
        LocalTime peakEnd,
        int peakMinimum,
        int offPeakMinimum) {

    public StaffingPolicy {
        Objects.requireNonNull(activeWithin, "activeWithin");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(peakStart, "peakStart");
        Objects.requireNonNull(peakEnd, "peakEnd");
        if (peakMinimum < 0 || offPeakMinimum < 0) {
            throw new IllegalArgumentException("minimum staffing cannot be negative");
        }
    }

    public boolean peakAt(Instant now) {
        LocalTime local = now.atZone(zone).toLocalTime();
        if (peakStart.isBefore(peakEnd)) {
            return !local.isBefore(peakStart) && local.isBefore(peakEnd);
        }
        return !local.isBefore(peakStart) || local.isBefore(peakEnd);
    }

    public int minimumAt(Instant now) {
        return peakAt(now) ? peakMinimum : offPeakMinimum;
    }

    public boolean active(Presence presence, Instant now) {
        return presence.checkedIn()
                && presence.lastHeartbeatAt() != null
                && !presence.lastHeartbeatAt().plus(activeWithin).isBefore(now);
    }
}
