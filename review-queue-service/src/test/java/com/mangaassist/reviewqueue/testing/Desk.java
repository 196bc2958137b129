package com.mangaassist.reviewqueue.testing;

import com.mangaassist.common.paging.RecordedPager;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.task.application.DecideReviewTask;
import com.mangaassist.reviewqueue.task.application.HandoffDesk;
import com.mangaassist.reviewqueue.task.application.QueueEvents;
import com.mangaassist.reviewqueue.task.application.QueueSweeps;
import com.mangaassist.reviewqueue.task.application.ReviewerDesk;
import com.mangaassist.reviewqueue.task.application.TaskCompletion;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.task.domain.AutoDeliverPolicy;
import com.mangaassist.reviewqueue.task.domain.LeasePolicy;
import com.mangaassist.reviewqueue.task.domain.ReviewSlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The review use cases wired to in-memory fakes and a mutable clock. */
public final class Desk {

    public static final Instant START = Instant.parse("2026-11-28T11:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryReviewTasks tasks = new InMemoryReviewTasks();
    public final FakeReviewWorkflow workflow = new FakeReviewWorkflow();
    public final RecordedOutcomes outcomes = new RecordedOutcomes();
    public final ReviewSlaPolicy sla = new ReviewSlaPolicy(Map.of(
            Priority.P1, Duration.ofSeconds(60),
            Priority.P2, Duration.ofSeconds(120),
            Priority.P3, Duration.ofSeconds(180),
            Priority.P4, Duration.ofSeconds(300)));
    public final LeasePolicy lease = new LeasePolicy(Duration.ofSeconds(90), 3);
    public final AutoDeliverPolicy autoDeliver =
            new AutoDeliverPolicy(Duration.ofMinutes(5), Set.of(Priority.P3, Priority.P4));
    public final RecordedPager pager = new RecordedPager();
    public final QueueEvents events;
    public final QueueSweeps sweeps;
    public final HandoffDesk handoffs;
    public final TaskCompletion completion;
    public final TaskIntake intake;
    public final ReviewerDesk desk;
    public final DecideReviewTask decide;

    public Desk() {
        this(QueueEvents.NONE);
    }

    public Desk(QueueEvents events) {
        this.events = events;
        completion = new TaskCompletion(tasks, workflow, outcomes, events, clock);
        intake = new TaskIntake(tasks, sla, events, clock);
        desk = new ReviewerDesk(tasks, workflow, completion, lease, clock);
        decide = new DecideReviewTask(tasks, completion, sla, events, clock);
        sweeps = new QueueSweeps(tasks, workflow, completion, lease, autoDeliver, pager, clock);
        handoffs = new HandoffDesk(tasks, lease, clock);
    }
}
