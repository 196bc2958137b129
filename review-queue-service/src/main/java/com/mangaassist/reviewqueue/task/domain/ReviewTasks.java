package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store of review and handoff tasks (port). Lists read the status/priority index: P1 first, oldest
 * first within a priority. Writes are conditional on the version that was read.
 */
public interface ReviewTasks {

    Optional<ReviewTask> find(String taskId);

    /** Stores a new task; false when a task with its id already exists (duplicate intake). */
    boolean create(ReviewTask task);

    /**
     * Stores {@code updated} if the stored task still has version {@code updated.version() - 1}; false when
     * someone else changed it first.
     */
    boolean update(ReviewTask updated);

    /** Tasks in {@code status}, of {@code priority} if given, P1 first and oldest first; at most {@code limit}. */
    List<ReviewTask> inStatus(TaskStatus status, Optional<Priority> priority, int limit);

    /** Tasks in {@code status} of {@code priority} created before {@code before}, oldest first. */
    List<ReviewTask> createdBefore(TaskStatus status, Priority priority, Instant before, int limit);

    /** How many tasks are in {@code status} with {@code priority}. */
    long count(TaskStatus status, Priority priority);

    /** How many tasks are in {@code status} with {@code priority} created before {@code before}. */
    long countCreatedBefore(TaskStatus status, Priority priority, Instant before);

    /**
     * Hands {@code createdAt} the creation time of every task in {@code status} with {@code priority} created in
     * [{@code from}, {@code to}), oldest first, without loading the tasks.
     */
    void forEachCreatedBetween(
            TaskStatus status, Priority priority, Instant from, Instant to, Consumer<Instant> createdAt);

    /** The oldest task in {@code status} with {@code priority}. */
    Optional<ReviewTask> oldest(TaskStatus status, Priority priority);

    /** Tasks a reviewer currently holds. */
    List<ReviewTask> claimedBy(String reviewerId);
}
