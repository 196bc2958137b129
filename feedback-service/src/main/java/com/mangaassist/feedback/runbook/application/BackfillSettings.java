package com.mangaassist.feedback.runbook.application;

import java.time.Duration;
import java.util.Objects;

/** How the backfill reads: records per page, and the longest window one job may cover. */
public record BackfillSettings(int pageSize, Duration maxWindow) {

    public BackfillSettings {
        Objects.requireNonNull(maxWindow, "maxWindow");
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be 1-1000");
        }
        if (maxWindow.isNegative() || maxWindow.isZero()) {
            throw new IllegalArgumentException("maxWindow must be positive");
        }
    }
}
