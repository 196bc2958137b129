package com.mangaassist.reviewqueue.task.domain;

import java.time.Instant;
import java.util.Objects;

/** Who holds a task and until when. */
public record Claim(String reviewerId, Instant claimedAt, Instant leaseExpiresAt) {

    public Claim {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(leaseExpiresAt);
    }
}
