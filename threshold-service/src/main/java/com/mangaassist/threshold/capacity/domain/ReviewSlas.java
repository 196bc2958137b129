package com.mangaassist.threshold.capacity.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long after the customer asked a review of each priority must be decided (docs/REVIEW-QUEUE.md:
 * {@code slaDueAt = createdAt + SLA}; a decision after it is a breach). The SLA therefore covers the wait
 * for a reviewer <em>and</em> the reviewer's handling time; {@link #waitBudgetSeconds} is the part left
 * for waiting.
 *
 * @param slas one positive SLA per priority; a lower priority never has a shorter SLA
 */
public record ReviewSlas(Map<Priority, Duration> slas) {

    private static final ReviewSlas DEFAULTS = new ReviewSlas(Map.of(
            Priority.P1, Duration.ofSeconds(60),
            Priority.P2, Duration.ofSeconds(120),
            Priority.P3, Duration.ofSeconds(180),
            Priority.P4, Duration.ofSeconds(300)));

    public ReviewSlas {
        Objects.requireNonNull(slas, "slas");
        EnumMap<Priority, Duration> copy = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration sla = slas.get(priority);
            if (sla == null || sla.isNegative() || sla.isZero()) {
                throw new IllegalArgumentException("a positive SLA is required for " + priority);
            }
            copy.put(priority, sla);
        }
        Priority[] priorities = Priority.values();
        for (int i = 1; i < priorities.length; i++) {
            if (copy.get(priorities[i]).compareTo(copy.get(priorities[i - 1])) < 0) {
                throw new IllegalArgumentException("a lower priority cannot have a shorter SLA: " + copy);
            }
        }
        slas = Map.copyOf(copy);
    }

    /** The contract's SLAs: P1 60 s, P2 120 s, P3 180 s, P4 300 s. */
    public static ReviewSlas defaults() {
        return DEFAULTS;
    }

    /** The SLA of {@code priority}. */
    public Duration of(Priority priority) {
        return slas.get(priority);
    }

    /** The SLA of {@code priority} in seconds. */
    public double seconds(Priority priority) {
        return of(priority).toNanos() / 1e9;
    }

    /**
     * Seconds a task of {@code priority} may wait for a reviewer and still be decided within its SLA when
     * handling takes its mean, {@code meanHandlingSeconds}: {@code max(0, SLA − mean handling)}. Using the
     * mean rather than an exponential handling time is deliberate: reading and approving a draft varies far
     * less than an exponential distribution would say, and an exponential tail alone would breach a 60 s SLA
     * in several percent of reviews on an idle queue.
     */
    public double waitBudgetSeconds(Priority priority, double meanHandlingSeconds) {
        if (!(meanHandlingSeconds >= 0)) {
            throw new IllegalArgumentException("meanHandlingSeconds must be ≥ 0: " + meanHandlingSeconds);
        }
        return Math.max(0, seconds(priority) - meanHandlingSeconds);
    }
}
