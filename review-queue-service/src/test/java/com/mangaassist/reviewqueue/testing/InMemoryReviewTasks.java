package com.mangaassist.reviewqueue.testing;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The task store in memory, ordered as the status/priority index orders it. */
public final class InMemoryReviewTasks implements ReviewTasks {

    private static final Comparator<ReviewTask> INDEX_ORDER =
            Comparator.comparing(ReviewTask::priority).thenComparing(ReviewTask::createdAt);

    private final Map<String, ReviewTask> tasks = new ConcurrentHashMap<>();

    @Override
    public Optional<ReviewTask> find(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    @Override
    public synchronized boolean create(ReviewTask task) {
        return tasks.putIfAbsent(task.taskId(), task) == null;
    }

    @Override
    public synchronized boolean update(ReviewTask updated) {
        ReviewTask stored = tasks.get(updated.taskId());
        if (stored == null || stored.version() != updated.version() - 1) {
            return false;
        }
        tasks.put(updated.taskId(), updated);
        return true;
    }

    @Override
    public List<ReviewTask> inStatus(TaskStatus status, Optional<Priority> priority, int limit) {
        return tasks.values().stream()
                .filter(t -> t.status() == status)
                .filter(t -> priority.map(p -> p == t.priority()).orElse(true))
                .sorted(INDEX_ORDER)
                .limit(limit)
                .toList();
    }

    @Override
    public List<ReviewTask> createdBefore(TaskStatus status, Priority priority, Instant before, int limit) {
        return inStatus(status, Optional.of(priority), Integer.MAX_VALUE).stream()
                .filter(t -> !t.createdAt().isAfter(before))
                .limit(limit)
                .toList();
    }

    @Override
    public long count(TaskStatus status, Priority priority) {
        return inStatus(status, Optional.of(priority), Integer.MAX_VALUE).size();
    }

    @Override
    public long countCreatedBefore(TaskStatus status, Priority priority, Instant before) {
        return createdBefore(status, priority, before, Integer.MAX_VALUE).size();
    }

    @Override
    public synchronized void forEachCreatedBetween(
            TaskStatus status, Priority priority, Instant from, Instant to, Consumer<Instant> createdAt) {
        tasks.values().stream()
                .filter(t -> t.status() == status
                        && t.priority() == priority
                        && !t.createdAt().isBefore(from)
                        && t.createdAt().isBefore(to))
                .map(ReviewTask::createdAt)
                .sorted()
                .forEach(createdAt);
    }

    @Override
    public Optional<ReviewTask> oldest(TaskStatus status, Priority priority) {
        return inStatus(status, Optional.of(priority), 1).stream().findFirst();
    }

    @Override
    public List<ReviewTask> claimedBy(String reviewerId) {
        return tasks.values().stream()
                .filter(t -> t.currentClaim()
                        .map(c -> c.reviewerId().equals(reviewerId))
                        .orElse(false))
                .filter(t -> t.status() == TaskStatus.CLAIMED || t.status() == TaskStatus.HANDOFF_CLAIMED)
                .toList();
    }
}
