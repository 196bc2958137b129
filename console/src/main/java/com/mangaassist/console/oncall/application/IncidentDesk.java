package com.mangaassist.console.oncall.application;

import com.mangaassist.console.oncall.domain.AlarmReading;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Incident;
import com.mangaassist.console.oncall.domain.IncidentEvent;
import com.mangaassist.console.oncall.domain.IncidentTimeline;
import com.mangaassist.console.oncall.domain.Signals;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Incidents: opened by hand or when an alarm condition holds at a checklist evaluation (at most one open incident per
 * condition), notes, closing, and the timeline gathered in time order from the incident's own events (openings,
 * alarm transitions seen by evaluations, notes, closing) and the suite's records of the window: runbook runs (dry and
 * real) and configuration changes from the audit trail, and pages.
 */
public final class IncidentDesk {

    /** Who records what checklist evaluations see. */
    public static final String CHECKLIST = "checklist";

    private static final int ATTEMPTS = 5;

    private final Incidents incidents;
    private final SuiteSignals suite;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IncidentDesk(Incidents incidents, SuiteSignals suite, Clock clock) {
        this.incidents = incidents;
        this.suite = suite;
        this.clock = clock;
    }

    /** The outcome of a change to one incident. */
    public enum Outcome {
        DONE,
        NOT_FOUND,
        ALREADY_CLOSED,
        CONFLICT
    }

    /** Opens an incident by hand. */
    public Incident open(String title, String by) {
        Incident incident = Incident.open(newId(), title.strip(), clock.instant(), by, Optional.empty());
        if (!incidents.create(incident)) {
            throw new IllegalStateException("incident id collision: " + incident.id());
        }
        return incident;
    }

    public Optional<Incident> find(String id) {
        return incidents.find(id);
    }

    public List<Incident> open() {
        return incidents.open();
    }

    public Outcome note(String id, String text, String by) {
        return change(id, i -> i.with(new IncidentEvent(clock.instant(), IncidentEvent.Kind.NOTE, by, text.strip())));
    }

    public Outcome close(String id, String summary, String by) {
        Optional<Incident> before = incidents.find(id);
        Outcome outcome = change(id, i -> i.close(clock.instant(), by, summary));
        if (outcome == Outcome.DONE) {
            before.flatMap(Incident::condition).ifPresent(c -> incidents.release(c, id));
        }
        return outcome;
    }

    /**
     * What one checklist evaluation saw: opens an incident for every alarm condition that holds and has none open,
     * and records on every open incident each alarm whose state differs from the last one recorded there.
     *
     * @return the ids of the incidents opened now
     */
    public List<String> observe(List<AlarmReading> alarms, String by) {
        Instant now = clock.instant();
        List<String> opened = new ArrayList<>();
        for (AlarmReading alarm : alarms) {
            if (alarm.firing() && openOwner(alarm.alarm()).isEmpty()) {
                autoOpen(alarm, now, by).ifPresent(opened::add);
            }
        }
        for (Incident incident : incidents.open()) {
            for (AlarmReading alarm : alarms) {
                if (alarm.holds().isPresent() && alarm.firing() != incident.lastSeenFiring(alarm.alarm())) {
                    IncidentEvent event = transition(alarm, now);
                    change(incident.id(), i -> i.lastSeenFiring(alarm.alarm()) == alarm.firing() ? i : i.with(event));
                }
            }
        }
        return opened;
    }

    /** The incident's events in time order: stored ones and those gathered from the suite for its window. */
    public Optional<Gathered> gather(String id, String token) {
        Optional<Incident> found = incidents.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        Instant now = clock.instant();
        Instant until = incident.closedAt().orElse(now);
        List<IncidentEvent> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Fetched<List<Signals.AuditRecord>> audit = suite.audit(incident.openedAt(), until, token);
        if (audit.ok()) {
            for (Signals.AuditRecord entry : audit.get()) {
                events.add(fromAudit(entry));
            }
        } else {
            notes.add("runbook runs and configuration changes: the audit trail could not be read (" + audit.problem()
                    + ")");
        }
        Fetched<List<Signals.PageRecord>> pages = suite.pages(token);
        if (pages.ok()) {
            pages.get().stream()
                    .filter(p -> !p.at().isBefore(incident.openedAt()) && !p.at().isAfter(until))
                    .forEach(p -> events.add(new IncidentEvent(
                            p.at(), IncidentEvent.Kind.PAGE, p.source(), p.subject() + ": " + p.message())));
            notes.add("pages: only those the services keep in memory (review-queue-service, threshold-service,"
                    + " feedback anomalies); SNS deliveries in AWS are not queryable here");
        } else {
            notes.add("pages: could not be read (" + pages.problem() + ")");
        }
        notes.add("IAM changes and deployments: not recorded by the suite (CloudFormation events)");
        return Optional.of(new Gathered(incident, IncidentTimeline.merged(incident, events), events, notes, now));
    }

    /** The Markdown timeline of an incident. */
    public Optional<String> timelineMarkdown(String id, String token) {
        return gather(id, token).map(g -> IncidentTimeline.markdown(g.incident(), g.gathered(), g.notes(), g.at()));
    }

    /** An incident with every event of its window in time order, and what could not be gathered. */
    public record Gathered(
            Incident incident,
            List<IncidentEvent> events,
            List<IncidentEvent> gathered,
            List<String> notes,
            Instant at) {}

    static IncidentEvent fromAudit(Signals.AuditRecord entry) {
        // a runbook run is audited under its service's name: "threshold-service:<runbook>" (RunbookExecutor),
        // "feedback:<runbook>"; other actions with a colon ("override:emergency", "change-request:approved") are
        // the configuration changes a run or a person made
        String action = entry.action();
        int colon = action.indexOf(':');
        if (colon > 0) {
            String namespace = action.substring(0, colon);
            if (namespace.equals(entry.service()) || entry.service().startsWith(namespace + "-")) {
                action = action.substring(colon + 1);
            }
        }
        IncidentEvent.Kind kind;
        if (entry.dryRun()) {
            kind = IncidentEvent.Kind.RUNBOOK_DRY_RUN;
        } else if (action.contains(":") || "threshold-service".equals(entry.service()) && !isRunbook(action)) {
            kind = IncidentEvent.Kind.CONFIG;
        } else {
            kind = IncidentEvent.Kind.RUNBOOK;
        }
        String text = entry.action() + (entry.category().isEmpty() ? "" : " [" + entry.category() + "]") + " by "
                + entry.actor() + (entry.reason().isEmpty() ? "" : " (reason: " + entry.reason() + ")")
                + (entry.summary().isEmpty() ? "" : ": " + entry.summary());
        return new IncidentEvent(entry.at(), kind, entry.service(), text);
    }

    private static boolean isRunbook(String action) {
        return List.of(
                        "emergency-relaxation",
                        "lift-emergency-relaxation",
                        "revert-thresholds",
                        "prompt-rollback",
                        "emergency-relaxation-lift",
                        "thresholds-revert")
                .contains(action.toLowerCase(Locale.ROOT));
    }

    private Optional<String> openOwner(String condition) {
        return incidents
                .owner(condition)
                .filter(id -> incidents.find(id).map(Incident::isOpen).orElse(false));
    }

    private Optional<String> autoOpen(AlarmReading alarm, Instant now, String by) {
        String id = newId();
        if (!incidents.claim(alarm.alarm(), id)) {
            Optional<String> stale = incidents.owner(alarm.alarm());
            if (stale.isEmpty() || openOwner(alarm.alarm()).isPresent()) {
                return Optional.empty();
            }
            incidents.release(alarm.alarm(), stale.get());
            if (!incidents.claim(alarm.alarm(), id)) {
                return Optional.empty();
            }
        }
        String title = "Alarm " + alarm.alarm() + " holds (" + alarm.value().orElseThrow() + " vs threshold "
                + alarm.threshold() + ")";
        Incident incident = Incident.open(id, title, now, CHECKLIST + " (" + by + ")", Optional.of(alarm.alarm()))
                .with(transition(alarm, now));
        incidents.create(incident);
        return Optional.of(id);
    }

    private Outcome change(String id, UnaryOperator<Incident> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Incident> found = incidents.find(id);
            if (found.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            if (!found.get().isOpen()) {
                return Outcome.ALREADY_CLOSED;
            }
            Incident changed = change.apply(found.get());
            if (changed == found.get() || incidents.update(changed)) {
                return Outcome.DONE;
            }
        }
        return Outcome.CONFLICT;
    }

    private String newId() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        return "inc-" + Long.toString(now.toEpochMilli(), 36) + "-"
                + HexFormat.of().formatHex(bytes);
    }

    private static IncidentEvent transition(AlarmReading alarm, Instant now) {
        return new IncidentEvent(
                now,
                alarm.firing() ? IncidentEvent.Kind.ALARM : IncidentEvent.Kind.CLEARED,
                CHECKLIST,
                alarm.alarm() + " " + (alarm.firing() ? "holds" : "cleared") + ": value "
                        + alarm.value().orElseThrow() + " (threshold " + alarm.threshold() + ")");
    }
}
