package com.mangaassist.console.oncall.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An on-call incident: opened by hand (with a title) or by a checklist evaluation when an alarm condition holds
 * ({@link #condition()} names the alarm), with the events recorded on it, closed by a person. Stored with an
 * optimistic {@link #version()}: every change is a conditional write of the next version.
 */
public record Incident(
        String id,
        String title,
        State state,
        Instant openedAt,
        String openedBy,
        Optional<String> condition,
        Optional<Instant> closedAt,
        List<IncidentEvent> events,
        long version) {

    /** Incident ids: {@code inc-} and 1–64 of {@code [a-z0-9-]}. */
    public static final Pattern ID = Pattern.compile("inc-[a-z0-9-]{1,64}");

    /** The longest title and note kept. */
    public static final int MAX_TEXT = 2000;

    /** An incident is open until a person closes it. */
    public enum State {
        OPEN,
        CLOSED
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an incident id: " + id);
        }
        if (title == null || title.isBlank() || title.length() > MAX_TEXT) {
            throw new IllegalArgumentException("title must be 1-" + MAX_TEXT + " characters");
        }
        events = List.copyOf(events);
    }

    /** A new open incident with its OPENED event. */
    public static Incident open(String id, String title, Instant at, String by, Optional<String> condition) {
        IncidentEvent opened = new IncidentEvent(
                at,
                IncidentEvent.Kind.OPENED,
                by,
                "incident opened: " + title
                        + condition.map(c -> " (alarm condition " + c + ")").orElse(""));
        return new Incident(id, title, State.OPEN, at, by, condition, Optional.empty(), List.of(opened), 0);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** This incident with one more event (the next version). */
    public Incident with(IncidentEvent event) {
        List<IncidentEvent> more = new ArrayList<>(events);
        more.add(event);
        return new Incident(id, title, state, openedAt, openedBy, condition, closedAt, more, version + 1);
    }

    /** This incident closed at {@code at} by {@code by} (the next version). */
    public Incident close(Instant at, String by, String summary) {
        if (!isOpen()) {
            throw new IllegalStateException(id + " is already closed");
        }
        List<IncidentEvent> more = new ArrayList<>(events);
        more.add(new IncidentEvent(at, IncidentEvent.Kind.CLOSED, by, "incident closed" + suffix(summary)));
        return new Incident(id, title, State.CLOSED, openedAt, openedBy, condition, Optional.of(at), more, version + 1);
    }

    /** Whether the last alarm event recorded for {@code alarm} says it holds (false when none was recorded). */
    public boolean lastSeenFiring(String alarm) {
        return events.stream()
                .filter(e -> (e.kind() == IncidentEvent.Kind.ALARM || e.kind() == IncidentEvent.Kind.CLEARED)
                        && e.text().startsWith(alarm + " "))
                .max(Comparator.comparing(IncidentEvent::at))
                .map(e -> e.kind() == IncidentEvent.Kind.ALARM)
                .orElse(false);
    }

    private static String suffix(String summary) {
        return summary == null || summary.isBlank() ? "" : ": " + summary;
    }
}
