package com.mangaassist.reviewqueue.presence.domain;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's presence: checked in or out, since when, and their last heartbeat. */
public record Presence(
        String reviewerId,
        boolean checkedIn,
        boolean senior,
        Instant checkedInAt,
        Instant lastHeartbeatAt,
        Instant checkedOutAt) {

    public Presence {
        Objects.requireNonNull(reviewerId, "reviewerId");
    }

    public static Presence checkIn(String reviewerId, boolean senior, Instant now) {
        return new Presence(reviewerId, true, senior, now, now, null);
    }

    public Presence heartbeat(Instant now) {
        return new Presence(reviewerId, true, senior, checkedInAt, now, checkedOutAt);
    }

    public Presence checkOut(Instant now) {
        return new Presence(reviewerId, false, senior, checkedInAt, lastHeartbeatAt, now);
    }
}
