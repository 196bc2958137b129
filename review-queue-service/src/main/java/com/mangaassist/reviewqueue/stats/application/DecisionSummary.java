package com.mangaassist.reviewqueue.stats.application;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the reviews of a past window ended (the weekly review's approved-unchanged share, runbook scenario 3): the
 * tasks created in [{@code from}, {@code to}) counted by the state they are in, on the status/priority index
 * (counting queries, never a scan). The share is approved / (approved + edited + rejected): of the drafts a person
 * judged, how many they sent as they were.
 */
public final class DecisionSummary {

    /** The longest window one request may ask for. */
    public static final Duration MAX_WINDOW = Duration.ofDays(31);

    private static final List<TaskStatus> ENDED = List.of(
            TaskStatus.APPROVED,
            TaskStatus.EDITED,
            TaskStatus.REJECTED,
            TaskStatus.AUTO_DELIVERED,
            TaskStatus.TIMED_OUT);

    private final ReviewTasks tasks;

    public DecisionSummary(ReviewTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * @param byStatus tasks of the window per end state (APPROVED, EDITED, REJECTED, AUTO_DELIVERED, TIMED_OUT)
     * @param humanDecisions approved + edited + rejected
     * @param approvedUnchangedShare approved / humanDecisions, null without decisions
     */
    public record Summary(
            Instant from,
            Instant to,
            Map<TaskStatus, Long> byStatus,
            long humanDecisions,
            Double approvedUnchangedShare) {

        public Summary {
            byStatus = Map.copyOf(byStatus);
        }
    }

    public Summary between(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("to must be after from, at most " + MAX_WINDOW.toDays() + " days later");
        }
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus status : ENDED) {
            long count = 0;
            for (Priority priority : Priority.values()) {
                count += tasks.countCreatedBetween(status, priority, from, to);
            }
            byStatus.put(status, count);
        }
        long approved = byStatus.get(TaskStatus.APPROVED);
        long human = approved + byStatus.get(TaskStatus.EDITED) + byStatus.get(TaskStatus.REJECTED);
        return new Summary(from, to, byStatus, human, human == 0 ? null : (double) approved / human);
    }
}
