package com.mangaassist.systemtests.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Everything the harness observes, from every connection's thread: each scheduled turn is settled
 * exactly once, as a reply (latency recorded if the turn is in the measured window) or as a failure of
 * a named kind. Also counts what belongs to no turn (review heartbeats and later deliveries,
 * connections lost, closing handshakes that failed) and keeps every {@code sampleEvery}-th measured reply for the record lookup.
 */
final class LoadRecorder {

    /** Latencies are recorded in microseconds, up to an hour. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    /** A measured reply whose DynamoDB record is read after the run. */
    record Sample(String messageId, long endToEndMicros) {}

    private final int sampleEvery;
    private final Histogram endToEnd = new Histogram(HIGHEST_MICROS, 3);
    private final Histogram serviceTime = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> replyTypes = new TreeMap<>();
    private final Map<String, Long> errorCodes = new TreeMap<>();
    private final Map<String, Map<String, Long>> replyTypesByKind = new TreeMap<>();
    private final Map<String, Long> failures = new TreeMap<>();
    private final Map<String, Long> warmupFailures = new TreeMap<>();
    private final Map<String, Long> events = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();

    private long scheduled;
    private long measuredScheduled;
    private long measuredCompleted;
    private long warmupCompleted;
    private long unsettled;
    private long lastMeasuredReplyNanos;
    private long windowStartNanos = Long.MAX_VALUE;
    private long windowEndNanos = Long.MIN_VALUE;
    private long repliesInWindow;
    private boolean schedulingDone;

    LoadRecorder(int sampleEvery) {
        this.sampleEvery = sampleEvery;
    }

    /** The measured window, in {@link System#nanoTime()}: replies received in it count towards its rate. */
    synchronized void window(long startNanos, long endNanos) {
        windowStartNanos = startNanos;
        windowEndNanos = endNanos;
    }

    synchronized void scheduled(Turn turn) {
        scheduled++;
        unsettled++;
        if (turn.measured()) {
            measuredScheduled++;
        }
    }

    synchronized void replied(Turn turn, Reply reply, long nowNanos) {
        if (nowNanos >= windowStartNanos && nowNanos < windowEndNanos) {
            repliesInWindow++;
        }
        if (turn.measured()) {
            measuredCompleted++;
            lastMeasuredReplyNanos = Math.max(lastMeasuredReplyNanos, nowNanos);
            endToEnd.recordValue(micros(nowNanos - turn.intendedNanos()));
            serviceTime.recordValue(micros(nowNanos - turn.sentNanos()));
            replyTypes.merge(reply.type(), 1L, Long::sum);
            replyTypesByKind
                    .computeIfAbsent(turn.question().kind(), k -> new TreeMap<>())
                    .merge(reply.type(), 1L, Long::sum);
            if (reply.errorCode() != null) {
                errorCodes.merge(reply.errorCode(), 1L, Long::sum);
            }
            if (reply.messageId() != null && measuredCompleted % sampleEvery == 0) {
                samples.add(new Sample(reply.messageId(), micros(nowNanos - turn.intendedNanos())));
            }
        } else {
            warmupCompleted++;
        }
        settle();
    }

    /** The turn got no reply, for the reason {@code kind}. */
    synchronized void failed(Turn turn, String kind) {
        (turn.measured() ? failures : warmupFailures).merge(kind, 1L, Long::sum);
        settle();
    }

    /** Something that settles no turn: a review heartbeat, a later delivery, a lost connection. */
    synchronized void event(String kind) {
        events.merge(kind, 1L, Long::sum);
    }

    synchronized void schedulingDone() {
        schedulingDone = true;
        if (unsettled == 0) {
            drained.complete(null);
        }
    }

    /** Completes once scheduling is done and every scheduled turn is settled. */
    CompletableFuture<Void> drained() {
        return drained;
    }

    private void settle() {
        unsettled--;
        if (schedulingDone && unsettled == 0) {
            drained.complete(null);
        }
    }

    private static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    synchronized Histogram endToEnd() {
        return endToEnd.copy();
    }

    synchronized Histogram serviceTime() {
        return serviceTime.copy();
    }

    synchronized Map<String, Long> replyTypes() {
        return new TreeMap<>(replyTypes);
    }

    synchronized Map<String, Long> errorCodes() {
        return new TreeMap<>(errorCodes);
    }

    synchronized Map<String, Map<String, Long>> replyTypesByKind() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        replyTypesByKind.forEach((kind, types) -> copy.put(kind, new TreeMap<>(types)));
        return copy;
    }

    synchronized Map<String, Long> failures() {
        return new TreeMap<>(failures);
    }

    synchronized Map<String, Long> warmupFailures() {
        return new TreeMap<>(warmupFailures);
    }

    synchronized Map<String, Long> events() {
        return new TreeMap<>(events);
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized long scheduledCount() {
        return scheduled;
    }

    synchronized long measuredScheduled() {
        return measuredScheduled;
    }

    synchronized long measuredCompleted() {
        return measuredCompleted;
    }

    synchronized long warmupCompleted() {
        return warmupCompleted;
    }

    synchronized long unsettled() {
        return unsettled;
    }

    /** Replies to any turn, warm-up or measured, received within the measured window. */
    synchronized long repliesInWindow() {
        return repliesInWindow;
    }

    synchronized long lastMeasuredReplyNanos() {
        return lastMeasuredReplyNanos;
    }
}
