package com.mangaassist.reviewqueue.stats.application;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.presence.application.StaffingSnapshot;
import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes {@link QueueStats}: depth, claimed, oldest age and waiting-past-SLA per priority from the
 * status/priority index (counts with {@code Select COUNT}, the oldest with a one-item query; never a
 * scan); rates, throughput and approved-unchanged share from the event window; staffing from presence.
 */
public final class QueueStatistics {

    private static final TaskStatus[] WAITING = {TaskStatus.PENDING, TaskStatus.SENIOR_PENDING};

    private final ReviewTasks tasks;
    private final EventWindow window;
    private final ReviewerPresence presence;
    private final ReviewSlaPolicy sla;
    private final Clock clock;

    public QueueStatistics(
            ReviewTasks tasks, EventWindow window, ReviewerPresence presence, ReviewSlaPolicy sla, Clock clock) {
        this.tasks = tasks;
        this.window = window;
        this.presence = presence;
        this.sla = sla;
        this.clock = clock;
    }

    public QueueStats snapshot() {
        Instant now = clock.instant();
        EventWindow.Counts counts = window.counts(now);
        double minutes = window.window().toMillis() / 60_000.0;
        Map<Priority, QueueStats.PriorityStats> perPriority = new EnumMap<>(Priority.class);
        long totalDepth = 0;
        for (Priority priority : Priority.values()) {
            long depth = 0;
            long pastSla = 0;
            Optional<Instant> oldest = Optional.empty();
            Instant slaCutoff = now.minus(sla.slaFor(priority));
            for (TaskStatus status : WAITING) {
                depth += tasks.count(status, priority);
                pastSla += tasks.countCreatedBefore(status, priority, slaCutoff.minusMillis(1));
                Optional<Instant> candidate = tasks.oldest(status, priority).map(ReviewTask::createdAt);
                if (candidate.isPresent()
                        && (oldest.isEmpty() || candidate.get().isBefore(oldest.get()))) {
                    oldest = candidate;
                }
            }
            long claimed = tasks.count(TaskStatus.CLAIMED, priority);
            int completions = counts.completions().get(priority);
            int breached = counts.breachedCompletions().get(priority);
            double breachRate =
                    completions + pastSla == 0 ? 0 : (double) (breached + pastSla) / (completions + pastSla);
            perPriority.put(
                    priority,
                    new QueueStats.PriorityStats(
                            depth,
                            claimed,
                            oldest.map(o -> Math.max(0, Duration.between(o, now).toSeconds()))
                                    .orElse(0L),
                            pastSla,
                            breachRate,
                            counts.arrivals().get(priority) / minutes,
                            completions / minutes));
            totalDepth += depth;
        }
        Map<String, Double> throughput = new TreeMap<>();
        counts.completionsByReviewer().forEach((reviewer, n) -> throughput.put(reviewer, n / minutes * 60));
        StaffingSnapshot staffing = presence.staffing();
        int arrivals =
                counts.arrivals().values().stream().mapToInt(Integer::intValue).sum();
        int completions = counts.completions().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        return new QueueStats(
                now,
                window.window().toSeconds(),
                totalDepth,
                perPriority,
                arrivals / minutes,
                completions / minutes,
                staffing.active(),
                staffing.minimum(),
                staffing.belowMinimum(),
                throughput,
                counts.humanDecisions() == 0 ? 0 : (double) counts.approvedUnchanged() / counts.humanDecisions());
    }
}
