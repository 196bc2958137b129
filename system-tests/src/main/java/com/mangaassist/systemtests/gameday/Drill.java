package com.mangaassist.systemtests.gameday;

/** One runbook scenario as a game day: inject, watch the alarm and the checklist, mitigate, account, export. */
public interface Drill {

    int scenario();

    String title();

    /** Runs the drill against the suite in {@code context}, recording what happened in {@code report}. */
    void run(DrillContext context, DrillReport report);
}
