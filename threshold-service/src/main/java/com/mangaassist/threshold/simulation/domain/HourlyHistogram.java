package com.mangaassist.threshold.simulation.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The confidence histogram of one category's turns in one UTC hour: one stored
 * {@code confidence-histograms} item (docs/THRESHOLDS.md).
 *
 * @param category the turns' topic
 * @param hour the start of the UTC hour, on the hour
 * @param histogram the turns' confidence
 */
public record HourlyHistogram(TopicCategory category, Instant hour, ConfidenceHistogram histogram) {

    public HourlyHistogram {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(histogram, "histogram");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("hour must be the start of an hour: " + hour);
        }
    }
}
