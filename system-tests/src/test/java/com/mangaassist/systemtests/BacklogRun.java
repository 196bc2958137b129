package com.mangaassist.systemtests;

import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.systemtests.BacklogReplay.Phase;
import com.mangaassist.systemtests.BacklogReplay.Sample;
import com.mangaassist.systemtests.BacklogReplay.Settings;
import com.mangaassist.systemtests.BacklogReplay.Turn;
import com.mangaassist.systemtests.review.CustomerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one {@link BacklogReplay} did, turn by turn, read back from the suite: the orchestrator's record of
 * each turn ({@code messages}: topic, decision, priority, thresholds variant and override), its review task
 * ({@code review-tasks}: priority, created, SLA due, final status, decided), and the final answer(s) the
 * customer's socket received, plus the samples taken during the run.
 */
record BacklogRun(
        String label,
        Settings settings,
        Instant startedAt,
        List<TurnOutcome> turns,
        List<Sample> samples,
        List<String> events,
        Instant reviewersLeftAt,
        Instant reviewersBackAt,
        Map<String, Long> reviewerDecisionStatuses,
        List<String> reviewerFailures) {

    static final Set<String> FINAL_TYPES = Set.of("answer", "reviewed_response", "delayed_response", "handoff");
    static final Set<String> PROTECTED = Set.of("refund", "complaint", "legal");
    static final Set<String> HUMAN = Set.of("APPROVED", "EDITED", "REJECTED");

    /** A turn's review task as the review service left it. */
    record Task(String priority, Instant createdAt, Instant slaDueAt, String status, Instant decidedAt) {

        boolean decidedByAPerson() {
            return HUMAN.contains(status);
        }

        /** Not decided by a person before its SLA ran out (a workflow timeout or auto-delivery counts). */
        boolean breachedSla() {
            return !decidedByAPerson() || decidedAt == null || decidedAt.isAfter(slaDueAt);
        }

        Optional<Duration> waitToDecision() {
            return decidedByAPerson() && decidedAt != null
                    ? Optional.of(Duration.between(createdAt, decidedAt))
                    : Optional.empty();
        }
    }

    /** One turn: as sent, as recorded and routed, its task if reviewed, and what the customer received. */
    record TurnOutcome(
            Turn turn,
            String messageId,
            String topic,
            String decision,
            String priority,
            double confidence,
            String thresholdVariant,
            String thresholdOverride,
            Task task,
            List<CustomerSocket.Received> finals) {

        boolean overridden() {
            return "OVERRIDE".equals(thresholdVariant);
        }

        Optional<CustomerSocket.Received> finalAnswer() {
            return finals.stream().findFirst();
        }

        /** From the question to the final answer, as the customer saw it. */
        Optional<Duration> customerWait() {
            return finalAnswer().map(f -> Duration.ofNanos(f.arrivedNanos() - turn.sentNanos()));
        }
    }

    static BacklogRun collect(
            String label,
            Settings settings,
            Instant startedAt,
            Instant reviewersLeftAt,
            Instant reviewersBackAt,
            List<Turn> sent,
            List<Sample> samples,
            List<String> events,
            List<PacedReviewer> reviewers,
            DynamoDbClient dynamoDb,
            String prefix,
            String runPrefix) {
        Map<String, Map<String, AttributeValue>> messages = new HashMap<>();
        for (Map<String, AttributeValue> item : BacklogReplay.messagesOf(dynamoDb, prefix, runPrefix)) {
            messages.put(item.get("client_message_id").s(), item);
        }
        Map<String, Task> tasks = new HashMap<>();
        dynamoDb.scanPaginator(b -> b.tableName(Resources.REVIEW_TASKS.physicalName(prefix))
                        .consistentRead(true)
                        .filterExpression("kind = :review")
                        .expressionAttributeValues(Map.of(":review", AttributeValue.fromS("REVIEW"))))
                .items()
                .forEach(item -> tasks.put(
                        item.get("message_id").s(),
                        new Task(
                                item.get("priority").s(),
                                Instant.parse(item.get("created_at").s()),
                                Instant.parse(item.get("sla_due_at").s()),
                                item.get("status").s(),
                                item.containsKey("decided_at")
                                        ? Instant.parse(item.get("decided_at").s())
                                        : null)));
        Map<String, List<CustomerSocket.Received>> finals = new HashMap<>();
        sent.stream().map(Turn::customer).distinct().forEach(customer -> {
            for (CustomerSocket.Received r : customer.received()) {
                if (FINAL_TYPES.contains(r.type()) && r.messageId() != null) {
                    finals.computeIfAbsent(r.messageId(), id -> new ArrayList<>())
                            .add(r);
                }
            }
        });
        List<TurnOutcome> outcomes = new ArrayList<>();
        for (Turn turn : sent) {
            Map<String, AttributeValue> item = messages.get(turn.clientMessageId());
            String messageId = item == null ? null : item.get("message_id").s();
            outcomes.add(new TurnOutcome(
                    turn,
                    messageId,
                    text(item, "topic"),
                    text(item, "decision"),
                    text(item, "priority"),
                    item != null && item.containsKey("confidence")
                            ? Double.parseDouble(item.get("confidence").n())
                            : Double.NaN,
                    text(item, "threshold_variant"),
                    text(item, "threshold_override"),
                    messageId == null ? null : tasks.get(messageId),
                    messageId == null ? List.of() : finals.getOrDefault(messageId, List.of())));
        }
        Map<String, Long> statuses = new TreeMap<>();
        reviewers.forEach(r -> r.decided().stream()
                .filter(d -> !d.claimedAt().isBefore(startedAt))
                .forEach(d -> statuses.merge(Integer.toString(d.status()), 1L, Long::sum)));
        List<String> failures =
                reviewers.stream().flatMap(r -> r.failures().stream()).toList();
        return new BacklogRun(
                label,
                settings,
                startedAt,
                outcomes,
                samples,
                events,
                reviewersLeftAt,
                reviewersBackAt,
                statuses,
                failures);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        if (item == null || !item.containsKey(name)) {
            return null;
        }
        return item.get(name).s();
    }

    // --- measures

    long questions() {
        return turns.size();
    }

    long unrecorded() {
        return turns.stream().filter(t -> t.messageId() == null).count();
    }

    long autoResponded() {
        return turns.stream().filter(t -> "AUTO_RESPOND".equals(t.decision())).count();
    }

    long autoRespondedUnderOverride() {
        return turns.stream()
                .filter(t -> "AUTO_RESPOND".equals(t.decision()) && t.overridden())
                .count();
    }

    List<Task> tasks() {
        return turns.stream().map(TurnOutcome::task).filter(t -> t != null).toList();
    }

    List<Task> tasks(String priority) {
        return tasks().stream().filter(t -> t.priority().equals(priority)).toList();
    }

    Map<String, Long> tasksPerPriority() {
        Map<String, Long> counts = new TreeMap<>();
        for (String p : List.of("P1", "P2", "P3", "P4")) {
            counts.put(p, (long) tasks(p).size());
        }
        return counts;
    }

    long breaches(String priority) {
        return tasks(priority).stream().filter(Task::breachedSla).count();
    }

    double breachRate(String priority) {
        List<Task> all = tasks(priority);
        return all.isEmpty() ? 0 : (double) breaches(priority) / all.size();
    }

    /** Waits (created → decided by a person) of a priority's tasks, in milliseconds, sorted. */
    List<Long> waitsMillis(String priority) {
        return tasks(priority).stream()
                .map(Task::waitToDecision)
                .flatMap(Optional::stream)
                .map(Duration::toMillis)
                .sorted()
                .toList();
    }

    /** Customer waits (question → final answer) of the turns reviewed at {@code priority}, ms, sorted. */
    List<Long> customerWaitsMillis(String priority) {
        return turns.stream()
                .filter(t -> t.task() != null && t.task().priority().equals(priority))
                .map(TurnOutcome::customerWait)
                .flatMap(Optional::stream)
                .map(Duration::toMillis)
                .sorted()
                .toList();
    }

    Map<String, Long> taskStatuses(String priority) {
        Map<String, Long> counts = new TreeMap<>();
        tasks(priority).forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        return counts;
    }

    Map<String, Long> finalsByType() {
        Map<String, Long> counts = new TreeMap<>();
        turns.forEach(t -> t.finalAnswer().ifPresent(f -> counts.merge(f.type(), 1L, Long::sum)));
        return counts;
    }

    List<TurnOutcome> withoutResponse() {
        return turns.stream().filter(t -> t.finals().isEmpty()).toList();
    }

    List<TurnOutcome> withSeveralResponses() {
        return turns.stream().filter(t -> t.finals().size() > 1).toList();
    }

    /** P3/P4 turns whose review ended without a person (auto-delivered or timed out). */
    List<TurnOutcome> unreviewedLowPriority() {
        return turns.stream()
                .filter(t -> t.task() != null
                        && Set.of("P3", "P4").contains(t.task().priority())
                        && !t.task().decidedByAPerson())
                .toList();
    }

    static boolean deliveredWithDisclaimer(TurnOutcome t) {
        return t.finalAnswer()
                .filter(f -> "delayed_response".equals(f.type())
                        && Disclaimers.UNREVIEWED.equals(f.text("disclaimer"))
                        && Disclaimers.UNREVIEWED_JA.equals(f.text("disclaimerJa")))
                .isPresent();
    }

    List<TurnOutcome> protectedTurnsUnderOverride() {
        return turns.stream()
                .filter(t -> t.topic() != null && PROTECTED.contains(t.topic()) && t.overridden())
                .toList();
    }

    long maxDepth() {
        return samples.stream().mapToLong(Sample::depth).max().orElse(0);
    }

    double meanDepth(Phase phase) {
        return samples.stream()
                .filter(s -> s.phase() == phase)
                .mapToLong(Sample::depth)
                .average()
                .orElse(0);
    }

    String maxLevel() {
        return samples.stream()
                .map(Sample::level)
                .max(Comparator.comparingInt(BacklogRun::levelRank))
                .orElse("?");
    }

    /** The level changes seen in the samples: "12s ELEVATED", … */
    List<String> levelChanges() {
        List<String> changes = new ArrayList<>();
        String last = null;
        for (Sample s : samples) {
            if (!s.level().equals(last)) {
                changes.add(String.format("%.0fs %s", s.second(), s.level()));
                last = s.level();
            }
        }
        return changes;
    }

    List<String> protectedViolations() {
        return samples.stream().flatMap(s -> s.protectedViolations().stream()).toList();
    }

    static int levelRank(String level) {
        return switch (level) {
            case "CRITICAL" -> 2;
            case "ELEVATED" -> 1;
            default -> 0;
        };
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
