package com.mangaassist.threshold.traffic.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.threshold.traffic.application.TrafficStatistics;
import com.mangaassist.threshold.traffic.domain.RoutingStats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/routing/stats?hours=24} or {@code ?from=&to=} (whole hours, a week at most; the weekly review)
 * (any staff): per category, the turns routed over the last hours, the
 * escalation rate overall and per hour, and the confidence distribution in 20 bins: what on-call plots next to the
 * queue. 400 {@code INVALID_PARAMETER} for hours outside 1–168.
 */
@RestController
public class RoutingStatsController {

    private final TrafficStatistics statistics;

    public RoutingStatsController(TrafficStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/routing/stats")
    public RoutingStats stats(
            @RequestParam(name = "hours", defaultValue = "24") int hours,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw ApiProblem.badRequest("INVALID_PARAMETER", "from and to go together");
            }
            try {
                return statistics.between(Instant.parse(from), Instant.parse(to));
            } catch (DateTimeParseException e) {
                throw ApiProblem.badRequest("INVALID_PARAMETER", "from and to must be ISO-8601 instants");
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("INVALID_PARAMETER", e.getMessage());
            }
        }
        if (hours < 1 || hours > TrafficStatistics.MAX_HOURS) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "hours must be 1-" + TrafficStatistics.MAX_HOURS);
        }
        return statistics.lastHours(hours);
    }
}
