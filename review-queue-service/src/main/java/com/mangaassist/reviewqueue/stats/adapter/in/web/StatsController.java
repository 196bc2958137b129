package com.mangaassist.reviewqueue.stats.adapter.in.web;

import com.mangaassist.reviewqueue.stats.application.QueueStatistics;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reviews/stats} (reviewer, senior-reviewer, oncall): a fresh {@link QueueStats}. */
@RestController
public class StatsController {

    private final QueueStatistics statistics;

    public StatsController(QueueStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/reviews/stats")
    public QueueStats stats() {
        return statistics.snapshot();
    }
}
