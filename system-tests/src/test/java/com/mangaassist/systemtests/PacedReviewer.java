package com.mangaassist.systemtests;

import com.mangaassist.systemtests.review.StaffClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer on shift, driven by a scheduler rather than a sleeping thread: while checked in, takes the next
 * task ({@code POST /api/reviews/next}, P1 first, oldest first), reads it for a fixed time (renewing the lease,
 * which is shorter in the suite), approves it and takes the next one at once; polls again after a short pause when the queue is empty; heartbeats while on
 * duty. Checking out stops the shift (the service returns any claim to the queue).
 */
final class PacedReviewer {

    /** One decision this reviewer sent and what the service answered. */
    record Decided(
            String taskId, String messageId, String priority, Instant claimedAt, Instant decidedAt, int status) {}

    private static final Duration EMPTY_QUEUE_PAUSE = Duration.ofMillis(400);
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);
    /** Well inside the suite's 3 s lease ({@link SuiteFixture#REVIEW_LEASE}). */
    private static final Duration RENEW_EVERY = SuiteFixture.REVIEW_LEASE.dividedBy(3);

    private final String id;
    private final StaffClient api;
    private final Duration readingTime;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final List<Decided> decided = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private int shift;
    private boolean onDuty;
    private volatile long lastHeartbeatNanos;

    PacedReviewer(String id, StaffClient api, Duration readingTime, ScheduledExecutorService scheduler, Clock clock) {
        this.id = id;
        this.api = api;
        this.readingTime = readingTime;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    List<Decided> decided() {
        return List.copyOf(decided);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Checks in and starts working the queue. */
    synchronized void checkIn() {
        StaffClient.Reply reply = api.post("/api/reviewers/me/check-in", null);
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException(id + " could not check in: " + reply.status() + " " + reply.raw());
        }
        onDuty = true;
        lastHeartbeatNanos = System.nanoTime();
        int current = ++shift;
        scheduler.execute(() -> takeNext(current));
    }

    /**
     * Stops working and checks out; returns the service's answer (409 {@code BELOW_MINIMUM_STAFFING} when the
     * staffing guard keeps this reviewer on).
     */
    synchronized StaffClient.Reply checkOut() {
        onDuty = false;
        shift++;
        return api.post("/api/reviewers/me/check-out", null);
    }

    /** Stops working without checking out (on-call then checks the reviewer out). */
    synchronized void stop() {
        onDuty = false;
        shift++;
    }

    private synchronized boolean working(int myShift) {
        return onDuty && shift == myShift;
    }

    private void takeNext(int myShift) {
        if (!working(myShift)) {
            return;
        }
        try {
            heartbeatIfDue();
            StaffClient.Reply next = api.post("/api/reviews/next", null);
            if (next.status() == 200) {
                Instant claimedAt = clock.instant();
                JsonNode task = next.body();
                long doneNanos = System.nanoTime() + readingTime.toNanos();
                scheduler.schedule(
                        () -> read(myShift, task, claimedAt, doneNanos),
                        Math.min(readingTime.toNanos(), RENEW_EVERY.toNanos()),
                        TimeUnit.NANOSECONDS);
                return;
            }
            if (next.status() != 204) {
                failures.add("next: " + next.status() + " " + next.code());
            }
        } catch (RuntimeException e) {
            failures.add("next: " + e);
        }
        again(myShift, EMPTY_QUEUE_PAUSE);
    }

    /** Reads until {@code doneNanos}, renewing the lease meanwhile (it is shorter than the reading time). */
    private void read(int myShift, JsonNode task, Instant claimedAt, long doneNanos) {
        long left = doneNanos - System.nanoTime();
        if (left <= 0) {
            decide(myShift, task, claimedAt);
            return;
        }
        if (!working(myShift)) {
            return;
        }
        if (left > RENEW_EVERY.toNanos()) {
            StaffClient.Reply renewed =
                    api.post("/api/reviews/" + task.get("taskId").asString() + "/renew", null);
            if (renewed.status() != 200) {
                failures.add("renew: " + renewed.status() + " " + renewed.code());
            }
        }
        scheduler.schedule(
                () -> read(myShift, task, claimedAt, doneNanos),
                Math.min(left, RENEW_EVERY.toNanos()),
                TimeUnit.NANOSECONDS);
    }

    private void decide(int myShift, JsonNode task, Instant claimedAt) {
        if (!working(myShift)) {
            return; // checked out while reading: the service gave the task back to the queue
        }
        String taskId = task.get("taskId").asString();
        try {
            StaffClient.Reply reply = api.post(
                    "/api/reviews/" + taskId + "/decision",
                    Map.of("decision", "APPROVE", "notes", "scenario 1 replay"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            decided.add(new Decided(
                    taskId,
                    task.get("messageId").asString(),
                    task.get("priority").asString(),
                    claimedAt,
                    clock.instant(),
                    reply.status()));
        } catch (RuntimeException e) {
            failures.add("decision: " + e);
        }
        again(myShift, Duration.ZERO);
    }

    private void again(int myShift, Duration after) {
        if (working(myShift)) {
            scheduler.schedule(() -> takeNext(myShift), after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void heartbeatIfDue() {
        if (System.nanoTime() - lastHeartbeatNanos > HEARTBEAT.toNanos()) {
            lastHeartbeatNanos = System.nanoTime();
            api.post("/api/reviewers/me/heartbeat", null);
        }
    }
}
