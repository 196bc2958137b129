package com.mangaassist.delivery.promise.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.delivery.promise.application.DeliveryStatistics;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/deliveries/stats} (on-call): promises pending, overdue and stuck, kept in the last hour by
 * delivery or fallback, and the watchdog's heartbeat (docs/DELIVERY.md).
 */
@RestController
public class DeliveryStatsController {

    private final DeliveryStatistics statistics;

    public DeliveryStatsController(DeliveryStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/deliveries/stats")
    public DeliveryStatistics.DeliveryStats stats() {
        return statistics.now();
    }

    /** {@code GET /api/deliveries/stats/window?from=&to=}: how the promises due in a past window were kept. */
    @GetMapping("/api/deliveries/stats/window")
    public DeliveryStatistics.WindowStats window(@RequestParam("from") String from, @RequestParam("to") String to) {
        try {
            return statistics.window(Instant.parse(from), Instant.parse(to));
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "from and to must be ISO-8601 instants");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", e.getMessage());
        }
    }
}
