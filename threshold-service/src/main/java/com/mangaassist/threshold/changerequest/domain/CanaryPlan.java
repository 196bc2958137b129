package com.mangaassist.threshold.changerequest.domain;

import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The canary of an approved change: {@code percent} % of sessions from {@code startedAt} to {@code until};
 * {@code versions} names the version each changed category's canary was stored as (for a prompt, the
 * prompt version under the key of no category: see {@link #promptVersion}).
 */
public record CanaryPlan(
        double percent, Instant startedAt, Instant until, Map<TopicCategory, Long> versions, long promptVersion) {

    public CanaryPlan {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(until, "until");
        versions = Map.copyOf(versions);
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("canary percent must be in (0, 100]: " + percent);
        }
        if (!until.isAfter(startedAt)) {
            throw new IllegalArgumentException("a canary must end after it starts");
        }
    }
}
