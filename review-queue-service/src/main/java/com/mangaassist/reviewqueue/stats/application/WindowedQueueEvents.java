package com.mangaassist.reviewqueue.stats.application;

import com.mangaassist.reviewqueue.stats.domain.EventWindow;
import com.mangaassist.reviewqueue.task.application.QueueEvents;
import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.ReviewTask;
import com.mangaassist.reviewqueue.task.domain.TaskKind;
import com.mangaassist.reviewqueue.task.domain.TaskStatus;
import java.time.Instant;

/** Feeds the event window with this instance's review arrivals and completions (handoffs are not counted). */
public final class WindowedQueueEvents implements QueueEvents {

    private final EventWindow window;

    public WindowedQueueEvents(EventWindow window) {
        this.window = window;
    }

    @Override
    public void arrived(ReviewTask task, Instant at) {
        if (task.kind() == TaskKind.REVIEW) {
            window.add(new EventWindow.Arrival(task.priority(), at));
        }
    }

    @Override
    public void completed(ReviewTask task, Instant at) {
        if (task.kind() != TaskKind.REVIEW) {
            return;
        }
        boolean human = task.status() == TaskStatus.APPROVED
                || task.status() == TaskStatus.EDITED
                || task.status() == TaskStatus.REJECTED;
        boolean unchanged = human
                && task.decisionRecord()
                        .map(d -> d.decision() == ReviewDecision.APPROVE
                                || (d.decision() == ReviewDecision.EDIT
                                        && d.editedResponse()
                                                .strip()
                                                .equals(task.content()
                                                        .draftAnswer()
                                                        .strip())))
                        .orElse(false);
        String reviewer = human ? task.decisionRecord().map(d -> d.decidedBy()).orElse(null) : null;
        window.add(new EventWindow.Completion(task.priority(), at, reviewer, human, unchanged, task.slaBreachedAt(at)));
    }
}
