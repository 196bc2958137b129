package com.mangaassist.reviewqueue.stats.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Arrivals and completions of the last {@code window}, in memory, at most {@code capacity} of each (the
 * oldest are dropped first). Rates are per minute over the window.
 */
public final class EventWindow {

    /** One arrival. */
    public record Arrival(Priority priority, Instant at) {}

    /**
     * One completion: {@code reviewerId} is empty for system completions; {@code human} marks a reviewer's
     * judgement, {@code approvedUnchanged} one that kept the draft as it was.
     */
    public record Completion(
            Priority priority,
            Instant at,
            String reviewerId,
            boolean human,
            boolean approvedUnchanged,
            boolean slaBreached) {}

    /** What the window holds now. */
    public record Counts(
            Map<Priority, Integer> arrivals,
            Map<Priority, Integer> completions,
            Map<Priority, Integer> breachedCompletions,
            Map<String, Integer> completionsByReviewer,
            int humanDecisions,
            int approvedUnchanged) {}

    private final Duration window;
    private final int capacity;
    private final Deque<Arrival> arrivals = new ArrayDeque<>();
    private final Deque<Completion> completions = new ArrayDeque<>();

    public EventWindow(Duration window, int capacity) {
        if (window.isZero() || window.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("window and capacity must be positive");
        }
        this.window = window;
        this.capacity = capacity;
    }

    public Duration window() {
        return window;
    }

    public synchronized void add(Arrival arrival) {
        arrivals.addLast(arrival);
        while (arrivals.size() > capacity) {
            arrivals.removeFirst();
        }
    }

    public synchronized void add(Completion completion) {
        completions.addLast(completion);
        while (completions.size() > capacity) {
            completions.removeFirst();
        }
    }

    public synchronized Counts counts(Instant now) {
        Instant from = now.minus(window);
        arrivals.removeIf(a -> a.at().isBefore(from));
        completions.removeIf(c -> c.at().isBefore(from));
        Map<Priority, Integer> arrived = zeros();
        Map<Priority, Integer> completed = zeros();
        Map<Priority, Integer> breached = zeros();
        Map<String, Integer> byReviewer = new HashMap<>();
        int human = 0;
        int unchanged = 0;
        for (Arrival a : arrivals) {
            arrived.merge(a.priority(), 1, Integer::sum);
        }
        for (Completion c : completions) {
            completed.merge(c.priority(), 1, Integer::sum);
            if (c.slaBreached()) {
                breached.merge(c.priority(), 1, Integer::sum);
            }
            if (c.reviewerId() != null) {
                byReviewer.merge(c.reviewerId(), 1, Integer::sum);
            }
            if (c.human()) {
                human++;
                if (c.approvedUnchanged()) {
                    unchanged++;
                }
            }
        }
        return new Counts(arrived, completed, breached, byReviewer, human, unchanged);
    }

    private static Map<Priority, Integer> zeros() {
        Map<Priority, Integer> map = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            map.put(p, 0);
        }
        return map;
    }
}
