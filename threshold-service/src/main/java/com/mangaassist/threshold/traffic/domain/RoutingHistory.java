package com.mangaassist.threshold.traffic.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import java.time.Instant;
import java.util.Map;

/** What the orchestrators counted about routed turns ({@code routing-counts}), by hour. */
public interface RoutingHistory {

    /** A category's decisions in [{@code from}, {@code to}), every variant together, by the UTC hour they fell in. */
    Map<Instant, RoutingTally> hourly(TopicCategory category, Instant from, Instant to);
}
