package com.mangaassist.reviewqueue.task.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a claim lasts without renewal, and after how many lease expiries a task leaves the general
 * queue for the senior pool.
 */
public record LeasePolicy(Duration lease, int maxReassignments) {

    public LeasePolicy {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        if (maxReassignments < 1) {
            throw new IllegalArgumentException("maxReassignments must be at least 1");
        }
    }

    public boolean belongsToSeniorPool(int reassignCount) {
        return reassignCount >= maxReassignments;
    }
}
