package com.mangaassist.console.oncall.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened during an incident. Opening, closing, notes and alarm transitions are stored with the
 * incident; runbook runs, configuration changes and pages are read from the services when the timeline is built.
 *
 * @param source who or what recorded it (a person's subject, {@code checklist}, a service name)
 */
public record IncidentEvent(Instant at, Kind kind, String source, String text) {

    /** What kind of event. */
    public enum Kind {
        OPENED,
        ALARM,
        CLEARED,
        NOTE,
        RUNBOOK,
        RUNBOOK_DRY_RUN,
        CONFIG,
        PAGE,
        CLOSED
    }

    public IncidentEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
