package com.mangaassist.threshold.simulation.domain;

import java.time.Instant;
import java.util.List;

/** The stored hourly confidence histograms (port). */
public interface ConfidenceHistories {

    /** Every category's histograms whose hour starts in {@code [from, to)}. */
    List<HourlyHistogram> between(Instant from, Instant to);
}
