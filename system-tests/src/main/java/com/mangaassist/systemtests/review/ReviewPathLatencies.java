package com.mangaassist.systemtests.review;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The review path's latencies against the product targets, from what the customers received (frames
 * matched by {@code messageId}), the simulated reviewers' decision calls and the review workflow's
 * executions in the Step Functions stand-in. Arrival times are {@link System#nanoTime()} on this JVM;
 * the stand-in's dates are wall-clock on the same machine, so they are compared through one anchor
 * taken when the harness started.
 */
final class ReviewPathLatencies {

    /** Final outcomes a turn under review can end with. */
    static final List<String> FINAL_TYPES = List.of("reviewed_response", "delayed_response", "handoff");

    /** Target for decision → {@code reviewed_response}, p99. */
    private static final long DECISION_TARGET_MICROS = 100_000;

    /** Target for workflow timeout → {@code delayed_response}, p99. */
    private static final long TIMEOUT_TARGET_MICROS = 1_000_000;

    /** A turn that got a review acknowledgement: its frames in arrival order. */
    record Turn(String messageId, CustomerSocket.Received acknowledgement, List<CustomerSocket.Received> finals) {

        Optional<CustomerSocket.Received> first(String type) {
            return finals.stream().filter(r -> type.equals(r.type())).findFirst();
        }
    }

    /** What the timeout section found, for the burst's summary. */
    record TimeoutLags(
            List<WorkflowExecutions.Execution> executions, Map<String, Long> arrivalEpochMicros, long missing) {}

    private final PrintStream out;
    private final long anchorEpochMicros;
    private final long anchorNanos;

    ReviewPathLatencies(PrintStream out, Instant anchor, long anchorNanos) {
        this.out = out;
        this.anchorEpochMicros = anchor.getEpochSecond() * 1_000_000 + anchor.getNano() / 1_000;
        this.anchorNanos = anchorNanos;
    }

    /** Every acknowledged turn of these customers with its final frames. */
    static List<Turn> turns(List<CustomerSocket> customers) {
        List<Turn> turns = new ArrayList<>();
        for (CustomerSocket customer : customers) {
            Map<String, CustomerSocket.Received> acknowledged = new HashMap<>();
            Map<String, List<CustomerSocket.Received>> finals = new HashMap<>();
            for (CustomerSocket.Received r : customer.received()) {
                if ("review_acknowledgment".equals(r.type())) {
                    acknowledged.putIfAbsent(r.messageId(), r);
                } else if (FINAL_TYPES.contains(r.type())) {
                    finals.computeIfAbsent(r.messageId(), id -> new ArrayList<>())
                            .add(r);
                }
            }
            acknowledged.forEach((id, ack) -> turns.add(new Turn(id, ack, finals.getOrDefault(id, List.of()))));
        }
        return turns;
    }

    /**
     * Decision → {@code reviewed_response}: for every accepted APPROVE or EDIT, the arrival of the turn's
     * {@code reviewed_response} minus the moment the decision call returned, and minus the moment it was sent.
     */
    void printDecisionLags(List<SimulatedReviewer.Handled> handled, List<Turn> turns) {
        Map<String, CustomerSocket.Received> reviewed = new HashMap<>();
        for (Turn turn : turns) {
            turn.first("reviewed_response").ifPresent(r -> reviewed.put(turn.messageId(), r));
        }
        Lags fromReturned = new Lags();
        Lags fromSent = new Lags();
        long decisions = 0;
        long unmatched = 0;
        for (SimulatedReviewer.Handled h : handled) {
            if (h.decisionStatus() / 100 != 2 || "REJECT".equals(h.decision())) {
                continue;
            }
            decisions++;
            CustomerSocket.Received frame = reviewed.get(h.messageId());
            if (frame == null) {
                unmatched++;
                continue;
            }
            fromReturned.record((frame.arrivedNanos() - h.decisionReturnedNanos()) / 1_000);
            fromSent.record((frame.arrivedNanos() - h.decisionSentNanos()) / 1_000);
        }
        out.printf(
                "decision → reviewed_response (accepted APPROVE/EDIT %d, matched by messageId; target p99 ≤ 100 ms)%n",
                decisions);
        out.printf(
                "  from decision call returned: %s%s%n",
                fromReturned.line(), verdict(fromReturned, DECISION_TARGET_MICROS));
        out.printf("  from decision call sent:     %s%s%n", fromSent.line(), verdict(fromSent, DECISION_TARGET_MICROS));
        out.printf("  accepted decisions without a reviewed_response at the end: %d%n", unmatched);
    }

    /**
     * Workflow timeout → {@code delayed_response}: for every turn that got one, its first arrival minus the
     * moment the workflow's timeout fell due, taken three ways (the stand-in's execution start, the turn's
     * {@code createdAt}, the acknowledgement's arrival, each plus the timeout), and the due → arrival split at the
     * execution's stop (the timeout handler's {@code SendMessage} to the deliveries queue).
     */
    TimeoutLags printTimeoutLags(List<Turn> turns, WorkflowExecutions workflows) {
        Lags fromExecution = new Lags();
        Lags fromCreated = new Lags();
        Lags fromAcknowledgement = new Lags();
        Lags dueToStop = new Lags();
        Lags stopToArrival = new Lags();
        List<WorkflowExecutions.Execution> executions = new ArrayList<>();
        Map<String, Long> arrivals = new HashMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Map<Long, Long> timeouts = new TreeMap<>();
        long missing = 0;
        for (Turn turn : turns) {
            Optional<CustomerSocket.Received> delayed = turn.first("delayed_response");
            if (delayed.isEmpty()) {
                continue;
            }
            Optional<WorkflowExecutions.Execution> found = workflows.describe(turn.messageId());
            if (found.isEmpty()) {
                missing++;
                continue;
            }
            WorkflowExecutions.Execution execution = found.get();
            executions.add(execution);
            statuses.merge(execution.status(), 1L, Long::sum);
            timeouts.merge(execution.timeoutSeconds(), 1L, Long::sum);
            long arrived = epochMicros(delayed.get().arrivedNanos());
            arrivals.put(turn.messageId(), arrived);
            fromExecution.record(arrived - micros(execution.timeoutDue()));
            fromCreated.record(arrived - micros(execution.deadline()));
            fromAcknowledgement.record(arrived
                    - epochMicros(turn.acknowledgement().arrivedNanos())
                    - execution.timeoutSeconds() * 1_000_000);
            if (execution.stopDate() != null) {
                dueToStop.record(micros(execution.stopDate()) - micros(execution.timeoutDue()));
                stopToArrival.record(arrived - micros(execution.stopDate()));
            }
        }
        out.printf(
                "workflow timeout → delayed_response (%d turns; timeouts %s s; executions %s; target p99 ≤ 1 s)%n",
                executions.size(), timeouts, statuses);
        out.printf(
                "  due = execution startDate + timeout (the stand-in's own timer): %s%s%n",
                fromExecution.line(), verdict(fromExecution, TIMEOUT_TARGET_MICROS));
        out.printf("  due = turn createdAt + timeout (queue's workflow_deadline):   %s%n", fromCreated.line());
        out.printf("  due = acknowledgement arrival + timeout (customer's view):    %s%n", fromAcknowledgement.line());
        out.printf("  split: due → execution stopDate (timer, HandleReviewTimeout): %s%n", dueToStop.line());
        out.printf(
                "  split: stopDate → delayed_response (deliveries queue, watchdog, post): %s%n", stopToArrival.line());
        if (missing > 0) {
            out.printf("  delayed_response without a workflow execution: %d%n", missing);
        }
        return new TimeoutLags(executions, arrivals, missing);
    }

    /** How many final outcomes each acknowledged turn got: none lost (0), none doubled (> 1). */
    void printOutcomesPerTurn(List<Turn> turns) {
        Map<Integer, Long> byCount = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        for (Turn turn : turns) {
            byCount.merge(turn.finals().size(), 1L, Long::sum);
            turn.finals().forEach(r -> byKind.merge(r.type(), 1L, Long::sum));
        }
        long none = byCount.getOrDefault(0, 0L);
        long doubled = turns.stream().filter(t -> t.finals().size() > 1).count();
        out.printf(
                "final outcomes per acknowledged turn (%d turns): exactly one %d, none %d, more than one %d; frames %s%n",
                turns.size(), byCount.getOrDefault(1, 0L), none, doubled, byKind);
    }

    /** The burst's shape: when the timeouts fell due and when the deliveries came. */
    void printBurstSpan(TimeoutLags lags, Long resumedEpochMicros) {
        if (lags.executions().isEmpty()) {
            out.println("burst: no delayed_response to measure");
            return;
        }
        long firstDue = Long.MAX_VALUE;
        long lastDue = Long.MIN_VALUE;
        for (WorkflowExecutions.Execution e : lags.executions()) {
            firstDue = Math.min(firstDue, micros(e.timeoutDue()));
            lastDue = Math.max(lastDue, micros(e.timeoutDue()));
        }
        long firstArrival = lags.arrivalEpochMicros().values().stream()
                .mapToLong(Long::longValue)
                .min()
                .orElseThrow();
        long lastArrival = lags.arrivalEpochMicros().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElseThrow();
        out.printf(
                "burst: timeouts fell due over %.1f s (first → last due, execution start + timeout); deliveries over %.1f s;"
                        + " first due → last delayed_response %.1f s (%.0f deliveries/s)%n",
                (lastDue - firstDue) / 1e6,
                (lastArrival - firstArrival) / 1e6,
                (lastArrival - firstDue) / 1e6,
                lags.executions().size() / Math.max(1e-3, (lastArrival - firstDue) / 1e6));
        if (resumedEpochMicros != null) {
            long held = lags.arrivalEpochMicros().values().stream()
                    .filter(arrival -> arrival >= resumedEpochMicros)
                    .count();
            out.printf(
                    "burst: the watchdog was held until every timeout was due; %d delayed_response after it continued,"
                            + " the last %.1f s after (%.0f deliveries/s)%n",
                    held,
                    (lastArrival - resumedEpochMicros) / 1e6,
                    held / Math.max(1e-3, (lastArrival - resumedEpochMicros) / 1e6));
        }
    }

    private static String verdict(Lags lags, long targetMicros) {
        if (lags.count() == 0) {
            return "";
        }
        return lags.p99Micros() <= targetMicros ? "  [p99 within target]" : "  [p99 OVER target]";
    }

    private long epochMicros(long nanos) {
        return anchorEpochMicros + (nanos - anchorNanos) / 1_000;
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
