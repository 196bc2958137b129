package com.mangaassist.reviewqueue.task.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A review task or a live handoff task. Every transition returns a new task with {@code version + 1};
 * the store writes it only if the stored version is still the one read (optimistic concurrency).
 *
 * @param workflowDeadline when the waiting workflow times out ({@code createdAt + timeoutSeconds}); empty
 *     for handoffs
 * @param token the workflow's task token; empty for handoffs; never shown (see {@link TaskToken})
 * @param seniorPool the task was reassigned too often: only senior reviewers may take it
 */
public record ReviewTask(
        String taskId,
        TaskKind kind,
        TaskContent content,
        Priority priority,
        Instant createdAt,
        Instant slaDueAt,
        Instant workflowDeadline,
        TaskStatus status,
        Claim claim,
        int reassignCount,
        boolean seniorPool,
        TaskToken token,
        DecisionRecord decision,
        long version) {

    public ReviewTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(slaDueAt, "slaDueAt");
        Objects.requireNonNull(status, "status");
        if (kind == TaskKind.REVIEW && token == null) {
            throw new IllegalArgumentException("a review task needs its workflow's task token");
        }
    }

    /** A new review task, waiting in the general queue. */
    public static ReviewTask newReview(
            TaskContent content,
            Priority priority,
            Instant createdAt,
            ReviewSlaPolicy sla,
            Instant workflowDeadline,
            TaskToken token) {
        return new ReviewTask(
                TaskKind.REVIEW.taskIdFor(content.messageId()),
                TaskKind.REVIEW,
                content,
                priority,
                createdAt,
                sla.dueAt(priority, createdAt),
                Objects.requireNonNull(workflowDeadline, "workflowDeadline"),
                TaskStatus.PENDING,
                null,
                0,
                false,
                token,
                null,
                0);
    }

    /** A new live handoff task for agents. */
    public static ReviewTask newHandoff(
            TaskContent content, Priority priority, Instant createdAt, ReviewSlaPolicy sla) {
        return new ReviewTask(
                TaskKind.HANDOFF.taskIdFor(content.messageId()),
                TaskKind.HANDOFF,
                content,
                priority,
                createdAt,
                sla.dueAt(priority, createdAt),
                null,
                TaskStatus.HANDOFF_PENDING,
                null,
                0,
                false,
                null,
                null,
                0);
    }

    public Optional<Claim> currentClaim() {
        return Optional.ofNullable(claim);
    }

    public Optional<DecisionRecord> decisionRecord() {
        return Optional.ofNullable(decision);
    }

    public boolean claimedBy(String reviewerId) {
        return status == TaskStatus.CLAIMED
                && claim != null
                && claim.reviewerId().equals(reviewerId);
    }

    public boolean leaseExpired(Instant now) {
        return status == TaskStatus.CLAIMED && claim != null && claim.expiredAt(now);
    }

    /** The workflow waiting on this task has (by its own clock) given up on it. */
    public boolean workflowDeadlinePassed(Instant now) {
        return workflowDeadline != null && !now.isBefore(workflowDeadline);
    }

    public boolean slaBreachedAt(Instant at) {
        return at.isAfter(slaDueAt);
    }

    /** The status a task returns to when nobody holds it. */
    public TaskStatus waitingStatus() {
        if (kind == TaskKind.HANDOFF) {
            return TaskStatus.HANDOFF_PENDING;
        }
        return seniorPool ? TaskStatus.SENIOR_PENDING : TaskStatus.PENDING;
    }

    public ReviewTask claimedBy(String reviewerId, Instant now, LeasePolicy lease) {
        TaskStatus claimed = kind == TaskKind.HANDOFF ? TaskStatus.HANDOFF_CLAIMED : TaskStatus.CLAIMED;
        return with(claimed, new Claim(reviewerId, now, now.plus(lease.lease())), reassignCount, seniorPool);
    }

    public ReviewTask renewed(Instant now, LeasePolicy lease) {
        return with(
                status,
                new Claim(claim.reviewerId(), claim.claimedAt(), now.plus(lease.lease())),
                reassignCount,
                seniorPool);
    }

    /** Given back by its holder: no reassignment is counted. */
    public ReviewTask released() {
        return with(waitingStatus(), null, reassignCount, seniorPool);
    }

    /** The lease ran out: back to the queue, one more reassignment, the senior pool after too many. */
    public ReviewTask leaseLapsed(LeasePolicy lease) {
        int count = reassignCount + 1;
        boolean senior = seniorPool || lease.belongsToSeniorPool(count);
        return with(senior ? TaskStatus.SENIOR_PENDING : TaskStatus.PENDING, null, count, senior);
    }

    public ReviewTask delivering(DecisionRecord record) {
        return withDecision(TaskStatus.DELIVERING, record);
    }

    public ReviewTask finished(TaskStatus terminal, DecisionRecord record) {
        if (!terminal.terminal()) {
            throw new IllegalArgumentException(terminal + " is not a final status");
        }
        return withDecision(terminal, record);
    }

    /** Back to where it was before a delivery attempt that failed for a transient reason. */
    public ReviewTask deliveryAbandoned(TaskStatus previous) {
        return new ReviewTask(
                taskId,
                kind,
                content,
                priority,
                createdAt,
                slaDueAt,
                workflowDeadline,
                previous,
                claim,
                reassignCount,
                seniorPool,
                token,
                null,
                version + 1);
    }

    public ReviewTask reprioritised(Priority newPriority, ReviewSlaPolicy sla) {
        return new ReviewTask(
                taskId,
                kind,
                content,
                newPriority,
                createdAt,
                sla.dueAt(newPriority, createdAt),
                workflowDeadline,
                status,
                claim,
                reassignCount,
                seniorPool,
                token,
                decision,
                version + 1);
    }

    private ReviewTask with(TaskStatus newStatus, Claim newClaim, int newReassignCount, boolean newSeniorPool) {
        return new ReviewTask(
                taskId,
                kind,
                content,
                priority,
                createdAt,
                slaDueAt,
                workflowDeadline,
                newStatus,
                newClaim,
                newReassignCount,
                newSeniorPool,
                token,
                decision,
                version + 1);
    }

    private ReviewTask withDecision(TaskStatus newStatus, DecisionRecord record) {
        return new ReviewTask(
                taskId,
                kind,
                content,
                priority,
                createdAt,
                slaDueAt,
                workflowDeadline,
                newStatus,
                claim,
                reassignCount,
                seniorPool,
                token,
                record,
                version + 1);
    }

    @Override
    public String toString() {
        return "ReviewTask[taskId=" + taskId + ", kind=" + kind + ", priority=" + priority + ", status=" + status
                + ", reassignCount=" + reassignCount + ", version=" + version + "]";
    }
}
