package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored thresholds of one topic, or of every topic ({@link #all()}), changed: whoever holds a
 * copy must read them again.
 */
public record ThresholdsChanged(Optional<TopicCategory> topic) {

    public ThresholdsChanged {
        Objects.requireNonNull(topic, "topic");
    }

    public static ThresholdsChanged of(TopicCategory topic) {
        return new ThresholdsChanged(Optional.of(topic));
    }

    public static ThresholdsChanged all() {
        return new ThresholdsChanged(Optional.empty());
    }
}
