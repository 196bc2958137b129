package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** How long a task of each priority may wait for a decision (P1 60 s, P2 120 s by contract). */
public final class ReviewSlaPolicy {

    private final Map<Priority, Duration> slas;

    public ReviewSlaPolicy(Map<Priority, Duration> slas) {
        EnumMap<Priority, Duration> copy = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration sla = slas.get(priority);
            if (sla == null || sla.isNegative() || sla.isZero()) {
                throw new IllegalArgumentException("an SLA is required for " + priority);
            }
            copy.put(priority, sla);
        }
        for (int i = 1; i < Priority.values().length; i++) {
            if (copy.get(Priority.values()[i]).compareTo(copy.get(Priority.values()[i - 1])) < 0) {
                throw new IllegalArgumentException("a lower priority cannot have a shorter SLA: " + copy);
            }
        }
        this.slas = Map.copyOf(copy);
    }

    public Duration slaFor(Priority priority) {
        return slas.get(priority);
    }

    public Instant dueAt(Priority priority, Instant createdAt) {
        return createdAt.plus(slaFor(priority));
    }
}
