package com.mangaassist.delivery.promise.adapter.in.web;

import com.mangaassist.delivery.promise.application.DeliveryStatistics;
import org.springframework.web.bind.annotation.GetMapping;
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
}
