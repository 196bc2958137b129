package com.mangaassist.threshold.traffic.adapter.out.dynamodb;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.adapter.out.dynamodb.DynamoDbCanaryMeasures;
import com.mangaassist.threshold.changerequest.domain.RoutingTally;
import com.mangaassist.threshold.traffic.domain.RoutingHistory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code routing-counts} by hour: one query per variant the orchestrator counts under ({@code ACTIVE},
 * {@code CANARY}, {@code OVERRIDE}), read with the canary evaluation's bucket reader.
 */
public final class DynamoDbRoutingHistory implements RoutingHistory {

    /** The thresholds a turn can be routed with, as the orchestrator names them in bucket keys. */
    static final List<String> VARIANTS = List.of("ACTIVE", "CANARY", "OVERRIDE");

    private final DynamoDbCanaryMeasures buckets;

    public DynamoDbRoutingHistory(DynamoDbCanaryMeasures buckets) {
        this.buckets = buckets;
    }

    @Override
    public Map<Instant, RoutingTally> hourly(TopicCategory category, Instant from, Instant to) {
        Map<Instant, RoutingTally> byHour = new HashMap<>();
        for (String variant : VARIANTS) {
            buckets.forEachBucket(
                    category,
                    variant,
                    from,
                    to,
                    (start, tally) -> byHour.merge(start.truncatedTo(ChronoUnit.HOURS), tally, RoutingTally::plus));
        }
        return byHour;
    }
}
