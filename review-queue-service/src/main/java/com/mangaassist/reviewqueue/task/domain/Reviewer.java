package com.mangaassist.reviewqueue.task.domain;

import java.util.Objects;

/** The person acting on a task: a reviewer, or a senior reviewer who may also take senior-pool tasks. */
public record Reviewer(String id, boolean senior) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
    }
}
