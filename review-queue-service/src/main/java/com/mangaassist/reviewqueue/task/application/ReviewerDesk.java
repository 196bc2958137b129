package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.LeasePolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a reviewer does with the queue: look at it, take the next task, take a given one, keep it (renew)
 * and give it back. Claiming and renewing heartbeat the waiting workflow.
 */
public final class ReviewerDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewerDesk.class);
    private static final int NEXT_CANDIDATES = 10;

    private final ReviewTasks tasks;
    private final ReviewWorkflow workflow;
    private final TaskCompletion completion;
    private final LeasePolicy lease;
    private final Clock clock;

    public ReviewerDesk(
            ReviewTasks tasks, ReviewWorkflow workflow, TaskCompletion completion, LeasePolicy lease, Clock clock) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.completion = completion;
        this.lease = lease;
        this.clock = clock;
    }

    /** The queue view: tasks in {@code status}, P1 first, oldest first. */
    public List<ReviewTask> list(TaskStatus status, Optional<Priority> priority, int limit) {
        return tasks.inStatus(status, priority, limit);
    }

    public Optional<ReviewTask> find(String taskId) {
        return tasks.find(taskId);
    }

    /**
     * Claims the task this reviewer should do next: for a senior reviewer the senior pool first, then the
     * general queue; P1 first and oldest first. Empty when nothing is waiting.
     */
    public Optional<ReviewTask> next(Reviewer reviewer) {
        List<TaskStatus> pools = reviewer.senior()
                ? List.of(TaskStatus.SENIOR_PENDING, TaskStatus.PENDING)
                : List.of(TaskStatus.PENDING);
        for (TaskStatus pool : pools) {
            for (int round = 0; round < 3; round++) {
                List<ReviewTask> candidates = tasks.inStatus(pool, Optional.empty(), NEXT_CANDIDATES);
                if (candidates.isEmpty()) {
                    break;
                }
                for (ReviewTask candidate : candidates) {
                    DeskOutcome outcome = take(candidate, reviewer);
                    if (outcome instanceof DeskOutcome.Done) {
                        return Optional.of(((DeskOutcome.Done) outcome).task());
                    }
                }
            }
        }
        return Optional.empty();
    }

    public DeskOutcome claim(String taskId, Reviewer reviewer) {
        Optional<ReviewTask> found = tasks.find(taskId).filter(t -> t.kind() == TaskKind.REVIEW);
        if (found.isEmpty()) {
            return new DeskOutcome.NotFound();
        }
        ReviewTask task = found.get();
        if (task.status() == TaskStatus.CLAIMED) {
            return task.claimedBy(reviewer.id()) ? new DeskOutcome.Done(task) : new DeskOutcome.AlreadyClaimed();
        }
        return take(task, reviewer);
    }

    public DeskOutcome renew(String taskId, Reviewer reviewer) {
        Optional<ReviewTask> found = tasks.find(taskId).filter(t -> t.kind() == TaskKind.REVIEW);
        if (found.isEmpty()) {
            return new DeskOutcome.NotFound();
        }
        ReviewTask task = found.get();
        Instant now = clock.instant();
        if (!task.claimedBy(reviewer.id()) || task.leaseExpired(now)) {
            return task.status().terminal() ? new DeskOutcome.NotOpen(task) : new DeskOutcome.NotClaimHolder();
        }
        if (task.workflowDeadlinePassed(now)) {
            completion.timeOut(task);
            return new DeskOutcome.TooLate();
        }
        ReviewTask renewed = task.renewed(now, lease);
        if (!tasks.update(renewed)) {
            return new DeskOutcome.Conflict();
        }
        return heartbeat(renewed);
    }

    public DeskOutcome release(String taskId, Reviewer reviewer) {
        Optional<ReviewTask> found = tasks.find(taskId).filter(t -> t.kind() == TaskKind.REVIEW);
        if (found.isEmpty()) {
            return new DeskOutcome.NotFound();
        }
        ReviewTask task = found.get();
        if (!task.claimedBy(reviewer.id())) {
            return task.status().terminal() ? new DeskOutcome.NotOpen(task) : new DeskOutcome.NotClaimHolder();
        }
        ReviewTask released = task.released();
        return tasks.update(released) ? new DeskOutcome.Done(released) : new DeskOutcome.Conflict();
    }

    private DeskOutcome take(ReviewTask task, Reviewer reviewer) {
        if (!task.status().waiting()) {
            return task.status() == TaskStatus.CLAIMED
                    ? new DeskOutcome.AlreadyClaimed()
                    : new DeskOutcome.NotOpen(task);
        }
        if (task.status() == TaskStatus.SENIOR_PENDING && !reviewer.senior()) {
            return new DeskOutcome.SeniorOnly();
        }
        Instant now = clock.instant();
        if (task.workflowDeadlinePassed(now)) {
            completion.timeOut(task);
            return new DeskOutcome.TooLate();
        }
        ReviewTask claimed = task.claimedBy(reviewer.id(), now, lease);
        if (!tasks.update(claimed)) {
            return new DeskOutcome.AlreadyClaimed();
        }
        return heartbeat(claimed);
    }

    private DeskOutcome heartbeat(ReviewTask task) {
        try {
            WorkflowResult result = workflow.heartbeat(task.token());
            if (result instanceof WorkflowResult.Gone) {
                completion.timeOut(task);
                return new DeskOutcome.TooLate();
            }
        } catch (WorkflowUnavailableException e) {
            // the claim stands; the periodic heartbeat job retries and surfaces persistent failures
            LOG.warn("workflow heartbeat failed on claim of {}: {}", task.taskId(), e.getMessage());
        }
        return new DeskOutcome.Done(task);
    }
}
