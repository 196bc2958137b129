package com.mangaassist.orchestrator.followup.domain;

import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a review may take before the workflow answers with the AI draft ({@code TimeoutSeconds}
 * per priority), how often the review service must show it is alive ({@code HeartbeatSeconds}), and
 * when a promise falls due for the watchdog.
 */
public record ReviewSchedule(Map<Priority, Duration> workflowTimeouts, Duration heartbeat, Duration promiseDue) {

    public ReviewSchedule {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(promiseDue, "promiseDue");
        Map<Priority, Duration> complete = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration timeout = workflowTimeouts.get(priority);
            if (timeout == null || timeout.toSeconds() < 1) {
                throw new IllegalArgumentException("a workflow timeout of at least 1 s is needed for " + priority);
            }
            complete.put(priority, timeout);
        }
        if (heartbeat.toSeconds() < 1) {
            throw new IllegalArgumentException("heartbeat must be at least 1 s");
        }
        workflowTimeouts = Map.copyOf(complete);
    }

    public long timeoutSeconds(Priority priority) {
        return workflowTimeouts.get(priority).toSeconds();
    }

    /** The heartbeat interval, never longer than the timeout it belongs to. */
    public long heartbeatSeconds(Priority priority) {
        return Math.min(heartbeat.toSeconds(), timeoutSeconds(priority));
    }
}
