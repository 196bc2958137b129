package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Waiting tasks of these priorities older than {@code age} go out unreviewed, with the disclaimer. */
public record AutoDeliverPolicy(Duration age, Set<Priority> priorities) {

    public AutoDeliverPolicy {
        if (age == null || age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("auto-delivery age must be positive");
        }
        priorities = priorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priorities));
        if (priorities.contains(Priority.P1) || priorities.contains(Priority.P2)) {
            throw new IllegalArgumentException("P1 and P2 tasks are never auto-delivered");
        }
    }

    public Instant createdBefore(Instant now) {
        return now.minus(age);
    }
}
