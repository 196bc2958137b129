package com.mangaassist.reviewqueue.task.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;

/**
 * A task as reviewers see it (docs/API.md), plus {@code kind}, {@code seniorPool} and, once decided,
 * {@code decision}/{@code decidedBy}/{@code decidedAt}. Built field by field: the task token has no way in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(
        String taskId,
        String kind,
        String messageId,
        String priority,
        String topic,
        double confidence,
        String question,
        String draftAnswer,
        String createdAt,
        String slaDueAt,
        String status,
        String claimedBy,
        String leaseExpiresAt,
        int reassignCount,
        boolean seniorPool,
        String decision,
        String decidedBy,
        String decidedAt) {

    public static TaskView of(ReviewTask task) {
        return new TaskView(
                task.taskId(),
                task.kind().name(),
                task.content().messageId(),
                task.priority().name(),
                task.content().topic().code(),
                task.content().confidence(),
                task.content().question(),
                task.content().draftAnswer(),
                SortableTime.format(task.createdAt()),
                SortableTime.format(task.slaDueAt()),
                task.status().name(),
                task.currentClaim().map(c -> c.reviewerId()).orElse(null),
                task.currentClaim()
                        .map(c -> SortableTime.format(c.leaseExpiresAt()))
                        .orElse(null),
                task.reassignCount(),
                task.seniorPool(),
                task.decisionRecord()
                        .map(d -> d.decision() == null ? null : d.decision().name())
                        .orElse(null),
                task.decisionRecord().map(d -> d.decidedBy()).orElse(null),
                task.decisionRecord()
                        .map(d -> SortableTime.format(d.decidedAt()))
                        .orElse(null));
    }
}
