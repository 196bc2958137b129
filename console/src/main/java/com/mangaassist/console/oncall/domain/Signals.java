package com.mangaassist.console.oncall.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The numbers the checklist is judged on, as the services publish them (docs/API.md). */
public final class Signals {

    private Signals() {}

    /** {@code GET /api/reviews/stats}: the queue per priority ({@code P1} … {@code P4}) and the staffing. */
    public record Queue(
            long depth,
            Map<String, PriorityQueue> perPriority,
            double arrivalsPerMinute,
            double completionsPerMinute,
            int activeReviewers,
            int minimumStaffing,
            boolean belowMinimumStaffing) {

        public Queue {
            perPriority = Map.copyOf(perPriority);
        }

        public Optional<PriorityQueue> priority(String priority) {
            return Optional.ofNullable(perPriority.get(priority));
        }
    }

    /** One priority of the queue. */
    public record PriorityQueue(long depth, long oldestAgeSeconds, long waitingPastSla, double slaBreachRate) {}

    /** {@code GET /api/reviewers}: who is active, and each one's load (tasks held). */
    public record Roster(int activeReviewers, int minimumStaffing, boolean belowMinimum, Map<String, Integer> load) {
        public Roster {
            load = Map.copyOf(load);
        }
    }

    /** {@code GET /api/deliveries/stats}. */
    public record Deliveries(
            long pending,
            long overdue,
            long stuck,
            long deliveredLastHour,
            long fallbackLastHour,
            boolean watchdogStale,
            Optional<Instant> watchdogLastRunAt) {}

    /** {@code GET /api/feedback/quality}: the data-quality gate. */
    public record QualityGate(boolean green, List<String> reasons) {
        public QualityGate {
            reasons = List.copyOf(reasons);
        }
    }

    /** {@code GET /api/feedback/anomalies}: the accounts each detector named in its last run. */
    public record Anomalies(Optional<Instant> ranAt, Map<String, List<String>> accountsPerKind) {
        public Anomalies {
            accountsPerKind = Map.copyOf(accountsPerKind);
        }

        public List<String> accounts() {
            return accountsPerKind.values().stream()
                    .flatMap(List::stream)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /** One entry of the suite's audit trail ({@code GET /api/audit}, every service's entries). */
    public record AuditRecord(
            Instant at,
            String service,
            String actor,
            String action,
            String category,
            String reason,
            boolean dryRun,
            String summary) {}

    /** A page a service sent (or recorded locally), with the service that reports it. */
    public record PageRecord(String source, String subject, String message, Instant at) {}

    /** One execution of the review workflow. */
    public record Execution(String name, String status, Instant startedAt, Optional<Instant> stoppedAt) {}
}
