package com.mangaassist.threshold.protection.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Keeps the last of a relaxation while the reviewers who were on duty before it are still missing (scenario
 * 1: three of five reviewers gone at the shift change). Relaxing drains the queue by itself, so a drained queue
 * alone does not mean the people are back: giving the relaxation back then only lets the load in again, and
 * the level flaps. Held until {@code reviewersBefore} are on duty again, at most until {@code until}.
 *
 * @param reviewersBefore the most reviewers on duty shortly before the level was raised
 * @param until when the hold ends whoever is on duty (the staffing may never come back: then the usual rule
 *     applies again)
 */
public record StaffingHold(int reviewersBefore, Instant until) {

    public StaffingHold {
        if (reviewersBefore < 0) {
            throw new IllegalArgumentException("reviewersBefore must not be negative: " + reviewersBefore);
        }
        Objects.requireNonNull(until, "until");
    }

    /** Whether {@code activeReviewers} on duty at {@code now} still fall short of the staffing before. */
    public boolean holds(int activeReviewers, Instant now) {
        return activeReviewers < reviewersBefore && now.isBefore(until);
    }
}
