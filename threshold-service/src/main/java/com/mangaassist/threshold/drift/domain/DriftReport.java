package com.mangaassist.threshold.drift.domain;

import java.time.Instant;
import java.util.List;

/** One drift check: when, and the categories found drifted (empty: the table holds what was written). */
public record DriftReport(Instant checkedAt, List<ThresholdDrift> drifted) {

    public DriftReport {
        drifted = List.copyOf(drifted);
    }
}
