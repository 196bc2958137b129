package com.mangaassist.reviewqueue.presence.application;

import java.time.Instant;

/** One line of the roster: presence, activity and load (tasks held now). */
public record ReviewerStatus(
        String reviewerId,
        boolean senior,
        boolean checkedIn,
        boolean active,
        Instant checkedInAt,
        Instant lastHeartbeatAt,
        int load) {}
