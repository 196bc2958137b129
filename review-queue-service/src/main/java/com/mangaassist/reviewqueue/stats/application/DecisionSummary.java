package com.mangaassist.reviewqueue.stats.application;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the reviews of a past window ended (the weekly review's approved-unchanged share, runbook scenario 3): the
 * tasks created in [{@code from}, {@code to}) counted by the state they are in, on the status/priority index
 * (reading only the index's sort key, never a scan). The share is approved / (approved + edited + rejected): of the
 * drafts a person judged, how many they sent as they were. Per hour of day in Asia/Tokyo (of creation), the reviews a
 * person decided and the ones nobody reached in time (timed out, or auto-delivered when a timeout allows it): where the
 * second is not zero, that hour's reviewers fell short of its demand.
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

    /** The zone the hours of day are read in: the store's customers' (UTC+9, no daylight saving time). */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private static final List<TaskStatus> HUMAN = List.of(TaskStatus.APPROVED, TaskStatus.EDITED, TaskStatus.REJECTED);

    private final ReviewTasks tasks;

    public DecisionSummary(ReviewTasks tasks) {
        this.tasks = tasks;
    }

    /**
     * @param byStatus tasks of the window per end state (APPROVED, EDITED, REJECTED, AUTO_DELIVERED, TIMED_OUT)
     * @param humanDecisions approved + edited + rejected
     * @param approvedUnchangedShare approved / humanDecisions, null without decisions
     * @param decidedByHourJst 24 entries, hour of day 0–23 (JST) the task was created: decided by a person
     * @param notReachedByHourJst 24 entries likewise: timed out or auto-delivered, no person decided in time
     */
    public record Summary(
            Instant from,
            Instant to,
            Map<TaskStatus, Long> byStatus,
            long humanDecisions,
            Double approvedUnchangedShare,
            List<Long> decidedByHourJst,
            List<Long> notReachedByHourJst) {

        public Summary {
            byStatus = Map.copyOf(byStatus);
            decidedByHourJst = List.copyOf(decidedByHourJst);
            notReachedByHourJst = List.copyOf(notReachedByHourJst);
        }
    }

    public Summary between(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("to must be after from, at most " + MAX_WINDOW.toDays() + " days later");
        }
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        long[] decided = new long[24];
        long[] notReached = new long[24];
        for (TaskStatus status : ENDED) {
            long[] count = new long[1];
            long[] byHour = HUMAN.contains(status) ? decided : notReached;
            for (Priority priority : Priority.values()) {
                tasks.forEachCreatedBetween(status, priority, from, to, createdAt -> {
                    count[0]++;
                    byHour[createdAt.atZone(JST).getHour()]++;
                });
            }
            byStatus.put(status, count[0]);
        }
        long approved = byStatus.get(TaskStatus.APPROVED);
        long human = approved + byStatus.get(TaskStatus.EDITED) + byStatus.get(TaskStatus.REJECTED);
        return new Summary(
                from,
                to,
                byStatus,
                human,
                human == 0 ? null : (double) approved / human,
                Arrays.stream(decided).boxed().toList(),
                Arrays.stream(notReached).boxed().toList());
    }
}
