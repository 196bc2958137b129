package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.LeasePolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Live handoffs for agents: the orchestrator's handoffs and rejected reviews. No workflow waits on them;
 * an agent takes one (the same lease length as reviews, informational) and closes it when the customer
 * has been helped.
 */
public final class HandoffDesk {

    private final ReviewTasks tasks;
    private final LeasePolicy lease;
    private final Clock clock;

    public HandoffDesk(ReviewTasks tasks, LeasePolicy lease, Clock clock) {
        this.tasks = tasks;
        this.lease = lease;
        this.clock = clock;
    }

    public List<ReviewTask> list(TaskStatus status, int limit) {
        return tasks.inStatus(status, Optional.empty(), limit);
    }

    public DeskOutcome claim(String taskId, Reviewer agent) {
        Optional<ReviewTask> found = tasks.find(taskId).filter(t -> t.kind() == TaskKind.HANDOFF);
        if (found.isEmpty()) {
            return new DeskOutcome.NotFound();
        }
        ReviewTask task = found.get();
        if (task.status() == TaskStatus.HANDOFF_CLAIMED) {
            return task.currentClaim()
                            .map(c -> c.reviewerId().equals(agent.id()))
                            .orElse(false)
                    ? new DeskOutcome.Done(task)
                    : new DeskOutcome.AlreadyClaimed();
        }
        if (task.status() != TaskStatus.HANDOFF_PENDING) {
            return new DeskOutcome.NotOpen(task);
        }
        ReviewTask claimed = task.claimedBy(agent.id(), clock.instant(), lease);
        return tasks.update(claimed) ? new DeskOutcome.Done(claimed) : new DeskOutcome.AlreadyClaimed();
    }

    public DeskOutcome close(String taskId, Reviewer agent, String notes) {
        Optional<ReviewTask> found = tasks.find(taskId).filter(t -> t.kind() == TaskKind.HANDOFF);
        if (found.isEmpty()) {
            return new DeskOutcome.NotFound();
        }
        ReviewTask task = found.get();
        if (task.status() == TaskStatus.HANDOFF_CLOSED) {
            return new DeskOutcome.Done(task);
        }
        boolean holder =
                task.currentClaim().map(c -> c.reviewerId().equals(agent.id())).orElse(false);
        if (task.status() != TaskStatus.HANDOFF_CLAIMED || !(holder || agent.senior())) {
            return new DeskOutcome.NotClaimHolder();
        }
        DecisionRecord record = new DecisionRecord(
                "handoff:close", null, agent.id(), clock.instant(), null, notes, DecisionRecord.Result.DELIVERED);
        ReviewTask closed = task.finished(TaskStatus.HANDOFF_CLOSED, record);
        return tasks.update(closed) ? new DeskOutcome.Done(closed) : new DeskOutcome.Conflict();
    }
}
