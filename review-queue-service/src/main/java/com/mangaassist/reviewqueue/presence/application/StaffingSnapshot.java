package com.mangaassist.reviewqueue.presence.application;

import java.util.List;

/** Active reviewers against the minimum that applies now. */
public record StaffingSnapshot(int active, int minimum, boolean peak, List<ReviewerStatus> reviewers) {

    public boolean belowMinimum() {
        return active < minimum;
    }
}
