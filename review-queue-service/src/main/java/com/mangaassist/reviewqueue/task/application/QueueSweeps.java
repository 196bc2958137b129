package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.domain.AutoDeliverPolicy;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.LeasePolicy;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.ReviewWorkflow;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.WorkflowResult;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic work that keeps the queue honest: expired leases back to the queue (senior pool and a page
 * after too many), tasks past their workflow deadline marked timed out, aged P3/P4 delivered with the
 * disclaimer, and a heartbeat to every waiting workflow so that the workflow's own heartbeat timeout
 * answers the customer if this service dies.
 */
public final class QueueSweeps {

    /** Detail of the outcome of an auto-delivered task. */
    public static final String AUTO_DELIVERED = "AUTO_DELIVERED";

    static final int MAX_PER_STATUS = 10_000;
    private static final int MAX_CONSECUTIVE_HEARTBEAT_FAILURES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(QueueSweeps.class);
    private static final List<TaskStatus> WAITING_ON_US =
            List.of(TaskStatus.PENDING, TaskStatus.CLAIMED, TaskStatus.SENIOR_PENDING);

    private final ReviewTasks tasks;
    private final ReviewWorkflow workflow;
    private final TaskCompletion completion;
    private final LeasePolicy lease;
    private final AutoDeliverPolicy autoDeliver;
    private final Pager pager;
    private final Clock clock;

    public QueueSweeps(
            ReviewTasks tasks,
            ReviewWorkflow workflow,
            TaskCompletion completion,
            LeasePolicy lease,
            AutoDeliverPolicy autoDeliver,
            Pager pager,
            Clock clock) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.completion = completion;
        this.lease = lease;
        this.autoDeliver = autoDeliver;
        this.pager = pager;
        this.clock = clock;
    }

    /** Claims whose lease ran out go back to the queue, counting a reassignment. */
    public SweepReport expireLeases() {
        Instant now = clock.instant();
        List<String> matched = new ArrayList<>();
        int changed = 0;
        for (ReviewTask task : tasks.inStatus(TaskStatus.CLAIMED, Optional.empty(), MAX_PER_STATUS)) {
            if (!task.leaseExpired(now)) {
                continue;
            }
            matched.add(task.taskId());
            ReviewTask lapsed = task.leaseLapsed(lease);
            if (!tasks.update(lapsed)) {
                continue;
            }
            changed++;
            if (lapsed.seniorPool() && !task.seniorPool()) {
                pager.page(new Page(
                        "Review task moved to the senior pool",
                        "Task " + lapsed.taskId() + " (" + lapsed.priority() + ", "
                                + lapsed.content().topic().code()
                                + ") lost its lease " + lapsed.reassignCount()
                                + " times and now waits for a senior reviewer.",
                        now));
            }
        }
        return new SweepReport("expire-leases", matched, changed, 0, false);
    }

    /** Open tasks whose workflow deadline passed: the workflow delivered the draft; mark them timed out. */
    public SweepReport timeOutOverdue(boolean dryRun) {
        Instant now = clock.instant();
        List<String> matched = new ArrayList<>();
        int changed = 0;
        for (TaskStatus status : WAITING_ON_US) {
            for (ReviewTask task : tasks.inStatus(status, Optional.empty(), MAX_PER_STATUS)) {
                if (task.workflowDeadlinePassed(now)) {
                    matched.add(task.taskId());
                    if (!dryRun && completion.timeOut(task)) {
                        changed++;
                    }
                }
            }
        }
        return new SweepReport("drain-timed-out", matched, changed, 0, dryRun);
    }

    /** Waiting tasks of the auto-delivery priorities older than the policy's age go out with the disclaimer. */
    public SweepReport autoDeliverAged(boolean dryRun) {
        return autoDeliver(autoDeliver.createdBefore(clock.instant()), dryRun, "system:auto-deliver");
    }

    /** As {@link #autoDeliverAged}, for tasks created before {@code before} (the runbook's choice of age). */
    public SweepReport autoDeliver(Instant before, boolean dryRun, String actor) {
        List<ReviewTask> candidates = new ArrayList<>();
        for (Priority priority : autoDeliver.priorities()) {
            candidates.addAll(tasks.createdBefore(TaskStatus.PENDING, priority, before, MAX_PER_STATUS));
        }
        List<String> matched = candidates.stream().map(ReviewTask::taskId).toList();
        if (dryRun) {
            return new SweepReport("auto-deliver-aged", matched, 0, 0, true);
        }
        int changed = 0;
        int failed = 0;
        for (ReviewTask task : candidates) {
            Instant now = clock.instant();
            DecisionRecord record = new DecisionRecord(
                    "system:auto-deliver", null, actor, now, null, null, DecisionRecord.Result.SENDING);
            DeliveryRequest delivery = DeliveryRequest.delayed(
                    task.content().messageId(),
                    task.content().draftAnswer(),
                    Disclaimers.UNREVIEWED,
                    Disclaimers.UNREVIEWED_JA);
            try {
                Delivered delivered = completion.deliver(
                        task, record, delivery, TaskStatus.AUTO_DELIVERED, OutcomeKind.TIMED_OUT, AUTO_DELIVERED);
                if (delivered instanceof Delivered.Sent) {
                    changed++;
                }
            } catch (WorkflowUnavailableException e) {
                failed++;
                LOG.error("auto-delivery of {} failed: {}", task.taskId(), e.getMessage());
            }
        }
        return new SweepReport("auto-deliver-aged", matched, changed, failed, false);
    }

    /**
     * Heartbeats every workflow still waiting on this service. A workflow that is gone marks its task timed
     * out. Stops after a run of consecutive failures (the service is down; the next run tries again).
     */
    public SweepReport heartbeatOpenTasks() {
        List<String> sent = new ArrayList<>();
        int gone = 0;
        int failed = 0;
        int consecutiveFailures = 0;
        for (TaskStatus status : WAITING_ON_US) {
            for (ReviewTask task : tasks.inStatus(status, Optional.empty(), MAX_PER_STATUS)) {
                try {
                    WorkflowResult result = workflow.heartbeat(task.token());
                    consecutiveFailures = 0;
                    if (result instanceof WorkflowResult.Gone) {
                        gone++;
                        completion.timeOut(task);
                    } else {
                        sent.add(task.taskId());
                    }
                } catch (WorkflowUnavailableException e) {
                    failed++;
                    if (++consecutiveFailures >= MAX_CONSECUTIVE_HEARTBEAT_FAILURES) {
                        LOG.error("workflow heartbeats failing ({}); stopping this run", e.getMessage());
                        return new SweepReport("heartbeat", sent, gone, failed, false);
                    }
                }
            }
        }
        return new SweepReport("heartbeat", sent, gone, failed, false);
    }
}
