package com.mangaassist.orchestrator.turnstats.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;

/** One write's worth of turn statistics: a histogram chunk or one bucket's decision counts. */
public sealed interface StatsIncrement permits HistogramIncrement, RoutingCountIncrement {

    TopicCategory topic();

    /** The start of the hour or bucket the counts belong to. */
    Instant periodStart();

    /** Adds this increment to {@code store} (one write). */
    void addTo(TurnStatsStore store);
}
