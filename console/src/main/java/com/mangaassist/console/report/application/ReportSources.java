package com.mangaassist.console.report.application;

import com.mangaassist.console.oncall.domain.Fetched;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the weekly report reads beyond the checklist's signals, with the caller's token (port). */
public interface ReportSources {

    /** threshold-service {@code GET /api/routing/stats?from&to}: per catalog category, hour by hour. */
    Fetched<List<CategoryWeek>> routing(Instant from, Instant to, String token);

    /** threshold-service {@code GET /api/thresholds}: what is in force per category now. */
    Fetched<List<InForce>> thresholds(String token);

    /** review-queue-service {@code GET /api/reviews/decisions?from&to}: how the window's reviews ended. */
    Fetched<ReviewWeek> reviewDecisions(Instant from, Instant to, String token);

    /** delivery-watchdog {@code GET /api/deliveries/stats/window?from&to}: how the window's promises were kept. */
    Fetched<DeliveryWeek> deliveries(Instant from, Instant to, String token);

    /** orchestrator {@code GET /api/confidence/calibration?from&to}: the window's outcomes against today's calibration. */
    Fetched<List<TopicCalibration>> calibration(Instant from, Instant to, String token);

    /** feedback-service {@code GET /api/feedback/aggregates?from&to}, summed per topic. */
    Fetched<List<TopicFeedback>> feedback(LocalDate from, LocalDate to, String token);

    record CategoryWeek(String category, long turns, Double escalationRate, List<Hour> hourly) {
        public CategoryWeek {
            hourly = List.copyOf(hourly);
        }
    }

    /** One hour: turns and the escalated share (null without turns). */
    record Hour(Instant hour, long turns, Double escalationRate) {}

    record InForce(
            String category,
            long version,
            double autoRespondMin,
            double reviewMin,
            double handoffBelow,
            double effectiveAutoRespondMin,
            String effectiveSource) {}

    /**
     * How the window's reviews ended; per hour of day (JST, of creation, 24 entries each): decided by a person, and
     * not reached in time (timed out or auto-delivered).
     */
    record ReviewWeek(
            long approved,
            long edited,
            long rejected,
            long autoDelivered,
            long timedOut,
            Double share,
            List<Long> decidedByHourJst,
            List<Long> notReachedByHourJst) {

        public ReviewWeek {
            decidedByHourJst = List.copyOf(decidedByHourJst);
            notReachedByHourJst = List.copyOf(notReachedByHourJst);
        }
    }

    record DeliveryWeek(long delivered, long fallback, long pending, Double keptOnTimeShare) {}

    record TopicCalibration(String topic, boolean calibrated, int samples, Double ece, Double brier) {}

    record TopicFeedback(String topic, int up, int down, int corrections, Double satisfaction) {}
}
