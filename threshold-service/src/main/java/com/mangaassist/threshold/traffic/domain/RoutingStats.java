package com.mangaassist.threshold.traffic.domain;

import java.time.Instant;
import java.util.List;

/** Every category's routed turns over the last {@code hours} whole hours and the current one, [from, to). */
public record RoutingStats(Instant from, Instant to, int hours, List<CategoryTraffic> categories) {

    public RoutingStats {
        categories = List.copyOf(categories);
    }
}
