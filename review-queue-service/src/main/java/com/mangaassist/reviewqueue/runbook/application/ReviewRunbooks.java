package com.mangaassist.reviewqueue.runbook.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.common.runbook.AuditLog;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookExecutor;
import com.mangaassist.common.runbook.RunbookResult;
import com.mangaassist.common.runbook.RunbookResults;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.reviewqueue.presence.application.CheckOutOutcome;
import com.mangaassist.reviewqueue.presence.application.ReviewerPresence;
import com.mangaassist.reviewqueue.runbook.domain.BulkApprovePolicy;
import com.mangaassist.reviewqueue.task.application.Delivered;
import com.mangaassist.reviewqueue.task.application.QueueSweeps;
import com.mangaassist.reviewqueue.task.application.SweepReport;
import com.mangaassist.reviewqueue.task.application.TaskCompletion;
import com.mangaassist.reviewqueue.task.domain.DecisionRecord;
import com.mangaassist.reviewqueue.task.domain.OutcomeKind;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.ReviewTasks;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import com.mangaassist.reviewqueue.task.domain.WorkflowUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The review queue's on-call runbooks (scenario 1). Each one: replays the stored result when the
 * idempotency key was seen, otherwise runs (or, in a dry run, only counts), writes an audit entry and
 * stores the result under the key. Re-running one without a key is harmless: what was done is no longer
 * matched.
 */
public final class ReviewRunbooks {

    /** Detail of the outcome of a bulk-approved task. */
    public static final String BULK_APPROVED = "BULK_APPROVED";

    private static final List<TaskStatus> REPRIORITISABLE =
            List.of(TaskStatus.PENDING, TaskStatus.SENIOR_PENDING, TaskStatus.CLAIMED);
    private static final int MAX_TASKS = 10_000;

    private final ReviewTasks tasks;
    private final QueueSweeps sweeps;
    private final TaskCompletion completion;
    private final ReviewerPresence presence;
    private final Pager pager;
    private final ReviewSlaPolicy sla;
    private final BulkApprovePolicy bulkApprove;
    private final Clock clock;
    private final RunbookExecutor executor;

    public ReviewRunbooks(
            ReviewTasks tasks,
            QueueSweeps sweeps,
            TaskCompletion completion,
            ReviewerPresence presence,
            Pager pager,
            AuditLog audit,
            RunbookResults results,
            ReviewSlaPolicy sla,
            BulkApprovePolicy bulkApprove,
            Clock clock) {
        this.tasks = tasks;
        this.sweeps = sweeps;
        this.completion = completion;
        this.presence = presence;
        this.pager = pager;
        this.sla = sla;
        this.bulkApprove = bulkApprove;
        this.clock = clock;
        this.executor = new RunbookExecutor("review-queue", audit, results, clock);
    }

    /**
     * Raises waiting and claimed tasks to {@code to}: those of {@code topics} (all if empty) older than
     * {@code olderThan} (any age if empty) whose priority is lower. Their SLA is recomputed.
     */
    public RunbookResult reprioritise(
            RunbookCommand command, Priority to, Set<TopicCategory> topics, Optional<Duration> olderThan) {
        return run(command, "reprioritise", () -> {
            Instant cutoff = olderThan.map(age -> clock.instant().minus(age)).orElse(Instant.MAX);
            List<ReviewTask> matched = new ArrayList<>();
            for (TaskStatus status : REPRIORITISABLE) {
                for (Priority priority : Priority.values()) {
                    if (priority.compareTo(to) <= 0) {
                        continue;
                    }
                    for (ReviewTask task : tasks.inStatus(status, Optional.of(priority), MAX_TASKS)) {
                        if ((topics.isEmpty() || topics.contains(task.content().topic()))
                                && !task.createdAt().isAfter(cutoff)) {
                            matched.add(task);
                        }
                    }
                }
            }
            int changed = 0;
            if (!command.dryRun()) {
                for (ReviewTask task : matched) {
                    if (tasks.update(task.reprioritised(to, sla))) {
                        changed++;
                    }
                }
            }
            return result("reprioritise", command, ids(matched), changed, 0, "raised to " + to);
        });
    }

    /** Delivers waiting P3/P4 tasks older than {@code olderThan} now, with the unreviewed disclaimer. */
    public RunbookResult autoDeliverAged(RunbookCommand command, Duration olderThan) {
        return run(command, "auto-deliver-aged", () -> {
            SweepReport report = sweeps.autoDeliver(
                    clock.instant().minus(olderThan), command.dryRun(), "runbook:" + command.actor());
            return result(
                    "auto-deliver-aged",
                    command,
                    report.taskIds(),
                    report.changed(),
                    report.failed(),
                    "older than " + olderThan.toSeconds() + " s");
        });
    }

    /**
     * Releases waiting reviews of low-risk topics whose confidence is at least {@code minimumConfidence}
     * (never below the policy's floor, never outside its safe topics, never refund/complaint/legal): the
     * draft goes out with the unreviewed disclaimer, since no person read it.
     */
    public RunbookResult bulkApprove(RunbookCommand command, double minimumConfidence, Set<TopicCategory> topics) {
        if (minimumConfidence < bulkApprove.minimumConfidence()) {
            throw new IllegalArgumentException("minimumConfidence may not be below " + bulkApprove.minimumConfidence());
        }
        Set<TopicCategory> chosen = topics.isEmpty() ? bulkApprove.safeTopics() : topics;
        for (TopicCategory topic : chosen) {
            if (topic.protectedFromOverrides() || !bulkApprove.safeTopics().contains(topic)) {
                throw new IllegalArgumentException(topic.code() + " is not a safe topic for bulk approval");
            }
        }
        return run(command, "bulk-approve", () -> {
            List<ReviewTask> matched = new ArrayList<>();
            for (ReviewTask task : tasks.inStatus(TaskStatus.PENDING, Optional.empty(), MAX_TASKS)) {
                if (matched.size() < bulkApprove.maxTasks()
                        && chosen.contains(task.content().topic())
                        && !task.content().topic().protectedFromOverrides()
                        && task.content().confidence() >= minimumConfidence) {
                    matched.add(task);
                }
            }
            int changed = 0;
            int failed = 0;
            if (!command.dryRun()) {
                for (ReviewTask task : matched) {
                    DecisionRecord record = new DecisionRecord(
                            "runbook:bulk-approve",
                            null,
                            "runbook:" + command.actor(),
                            clock.instant(),
                            null,
                            null,
                            DecisionRecord.Result.SENDING);
                    try {
                        Delivered delivered = completion.deliver(
                                task,
                                record,
                                DeliveryRequest.delayed(
                                        task.content().messageId(),
                                        task.content().draftAnswer(),
                                        Disclaimers.UNREVIEWED,
                                        Disclaimers.UNREVIEWED_JA),
                                TaskStatus.AUTO_DELIVERED,
                                OutcomeKind.TIMED_OUT,
                                BULK_APPROVED);
                        if (delivered instanceof Delivered.Sent) {
                            changed++;
                        }
                    } catch (WorkflowUnavailableException e) {
                        failed++;
                    }
                }
            }
            return result(
                    "bulk-approve",
                    command,
                    ids(matched),
                    changed,
                    failed,
                    "confidence >= " + minimumConfidence + ", topics "
                            + chosen.stream().map(TopicCategory::code).sorted().toList());
        });
    }

    /** Pages the backup reviewers through the pager. */
    public RunbookResult pageBackupReviewers(RunbookCommand command, String message) {
        return run(command, "page-backup-reviewers", () -> {
            if (!command.dryRun()) {
                pager.page(new Page(
                        "Backup reviewers needed",
                        (message == null || message.isBlank() ? "Please check in to the review queue." : message)
                                + " (paged by " + command.actor() + ": " + command.reason() + ")",
                        clock.instant()));
            }
            return result(
                    "page-backup-reviewers", command, List.of(), command.dryRun() ? 0 : 1, 0, "backup reviewers paged");
        });
    }

    /** Marks open tasks whose workflow deadline passed as timed out (their workflow already delivered). */
    public RunbookResult drainTimedOut(RunbookCommand command) {
        return run(command, "drain-timed-out", () -> {
            SweepReport report = sweeps.timeOutOverdue(command.dryRun());
            return result(
                    "drain-timed-out", command, report.taskIds(), report.changed(), 0, "workflow deadline passed");
        });
    }

    /** Checks a reviewer out even below minimum staffing; their claims go back to the queue. */
    public RunbookResult forceCheckOut(RunbookCommand command, String reviewerId) {
        return run(command, "force-check-out", () -> {
            boolean checkedIn =
                    presence.find(reviewerId).map(p -> p.checkedIn()).orElse(false);
            if (!checkedIn) {
                return result("force-check-out", command, List.of(), 0, 0, reviewerId + " is not checked in");
            }
            if (command.dryRun()) {
                return result("force-check-out", command, List.of(reviewerId), 0, 0, "would check out " + reviewerId);
            }
            CheckOutOutcome outcome = presence.checkOut(reviewerId, true);
            int released = outcome instanceof CheckOutOutcome.CheckedOut
                    ? ((CheckOutOutcome.CheckedOut) outcome).releasedTasks()
                    : 0;
            return result(
                    "force-check-out",
                    command,
                    List.of(reviewerId),
                    1,
                    0,
                    "checked out " + reviewerId + ", " + released + " claimed tasks back to the queue");
        });
    }

    private RunbookResult run(RunbookCommand command, String action, Supplier<RunbookResult> body) {
        return executor.run(command, action, body);
    }

    private static RunbookResult result(
            String action, RunbookCommand command, List<String> ids, int changed, int failed, String summary) {
        return new RunbookResult(action, command.dryRun(), ids.size(), changed, failed, ids, summary, false);
    }

    private static List<String> ids(List<ReviewTask> matched) {
        return matched.stream().map(ReviewTask::taskId).toList();
    }
}
