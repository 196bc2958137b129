package com.mangaassist.systemtests.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer working the queue through the reviewer API: check in, then take the next task, read it
 * for a while (exponentially distributed, capped at five times the mean), decide (80 % approve, 15 %
 * edit, 5 % reject) with an idempotency key, heartbeat now and then. {@link #vanish()} stops them
 * without checking out, as reviewers do when they simply go offline.
 */
public final class SimulatedReviewer implements Runnable {

    /**
     * One task this reviewer took and what happened to the decision; {@code decisionSentNanos} and
     * {@code decisionReturnedNanos} ({@link System#nanoTime()}) bracket the decision call.
     */
    public record Handled(
            String taskId,
            String messageId,
            String decision,
            String priority,
            Instant createdAt,
            Instant slaDueAt,
            Instant claimedAt,
            Instant decidedAt,
            int decisionStatus,
            String decisionCode,
            long decisionSentNanos,
            long decisionReturnedNanos) {

        public Duration waited() {
            return Duration.between(createdAt, claimedAt);
        }

        public boolean breachedSla() {
            return decidedAt.isAfter(slaDueAt);
        }
    }

    private final String name;
    private final StaffClient api;
    private final Duration meanHandling;
    private final Clock clock;
    private final Random random;
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final List<Handled> handled = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    public SimulatedReviewer(String name, StaffClient api, Duration meanHandling, Clock clock, long seed) {
        this.name = name;
        this.api = api;
        this.meanHandling = meanHandling;
        this.clock = clock;
        this.random = new Random(seed);
    }

    public String name() {
        return name;
    }

    public void checkIn() {
        StaffClient.Reply reply = api.post("/api/reviewers/me/check-in", null);
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(name + " could not check in: " + reply.status() + " " + reply.raw());
        }
    }

    public void vanish() {
        working.set(false);
    }

    public List<Handled> handled() {
        return List.copyOf(handled);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void run() {
        long lastHeartbeat = System.nanoTime();
        while (working.get()) {
            try {
                if (System.nanoTime() - lastHeartbeat > Duration.ofSeconds(20).toNanos()) {
                    api.post("/api/reviewers/me/heartbeat", null);
                    lastHeartbeat = System.nanoTime();
                }
                StaffClient.Reply next = api.post("/api/reviews/next", null);
                if (next.status() == 204) {
                    LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
                    continue;
                }
                if (next.status() != 200) {
                    failures.add("next: " + next.status() + " " + next.code());
                    LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                    continue;
                }
                handle(next.body(), clock.instant());
            } catch (RuntimeException e) {
                failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
        }
    }

    private void handle(JsonNode task, Instant claimedAt) {
        long mean = meanHandling.toMillis();
        long think = Math.min(5 * mean, (long) (-Math.log(1 - random.nextDouble()) * mean));
        LockSupport.parkNanos(Duration.ofMillis(think).toNanos());
        if (!working.get()) {
            return; // vanished with the task claimed: its lease expires
        }
        String taskId = task.get("taskId").asString();
        double roll = random.nextDouble();
        Map<String, Object> decision;
        if (roll < 0.80) {
            decision = Map.of("decision", "APPROVE", "notes", "load run");
        } else if (roll < 0.95) {
            decision = Map.of(
                    "decision",
                    "EDIT",
                    "editedResponse",
                    task.get("draftAnswer").asString() + " (checked)");
        } else {
            decision = Map.of("decision", "REJECT", "notes", "load run");
        }
        long sent = System.nanoTime();
        StaffClient.Reply reply = api.post(
                "/api/reviews/" + taskId + "/decision",
                decision,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        long returned = System.nanoTime();
        handled.add(new Handled(
                taskId,
                task.get("messageId").asString(),
                (String) decision.get("decision"),
                task.get("priority").asString(),
                Instant.parse(task.get("createdAt").asString()),
                Instant.parse(task.get("slaDueAt").asString()),
                claimedAt,
                clock.instant(),
                reply.status(),
                reply.code(),
                sent,
                returned));
    }
}
