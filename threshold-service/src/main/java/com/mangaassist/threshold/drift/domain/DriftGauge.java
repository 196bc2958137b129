package com.mangaassist.threshold.drift.domain;

/** Where the number of drifted categories is published (port; a Micrometer gauge). */
public interface DriftGauge {

    void drifted(int categories);
}
