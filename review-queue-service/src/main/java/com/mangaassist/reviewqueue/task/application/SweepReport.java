package com.mangaassist.reviewqueue.task.application;

import java.util.List;

/** What a sweep found and did: the tasks it matched and how many it changed ({@code dryRun}: none). */
public record SweepReport(String sweep, List<String> taskIds, int changed, int failed, boolean dryRun) {

    public SweepReport {
        taskIds = List.copyOf(taskIds);
    }

    public int matched() {
        return taskIds.size();
    }
}
