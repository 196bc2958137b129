package com.mangaassist.console.oncall.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The post-incident timeline in Markdown, like the runbooks' own timelines: every event in time order as
 * {@code T+<minutes>} from the opening, with wall-clock time in JST and UTC, then the root cause left for a person
 * to write.
 */
public final class IncidentTimeline {

    /** The runbooks' wall clock. */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    /** What the root-cause field says until a person writes it. */
    public static final String ROOT_CAUSE_PLACEHOLDER = "_to be written by a person_";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private IncidentTimeline() {}

    /**
     * @param incident the incident (its stored events)
     * @param gathered events read from the services for the incident's window (runbook runs, changes, pages)
     * @param notes what could not be gathered, said plainly (e.g. "pages: none queryable")
     * @param now the end of the window while the incident is open
     */
    public static String markdown(Incident incident, List<IncidentEvent> gathered, List<String> notes, Instant now) {
        List<IncidentEvent> events = merged(incident, gathered);
        Instant start = incident.openedAt();
        StringBuilder md = new StringBuilder();
        md.append("# Incident ")
                .append(incident.id())
                .append(": ")
                .append(incident.title())
                .append("\n\n");
        md.append("- State: ")
                .append(incident.state().name().toLowerCase(java.util.Locale.ROOT))
                .append('\n');
        md.append("- Opened: ")
                .append(wallClock(start))
                .append(" by ")
                .append(incident.openedBy())
                .append('\n');
        incident.condition()
                .ifPresent(c -> md.append("- Alarm condition: ").append(c).append('\n'));
        md.append("- Closed: ")
                .append(incident.closedAt().map(IncidentTimeline::wallClock).orElse("still open"))
                .append('\n');
        Instant end = incident.closedAt().orElse(now);
        md.append("- Duration: ").append(duration(Duration.between(start, end))).append("\n\n");
        md.append("## Timeline\n\n");
        for (IncidentEvent event : events) {
            md.append("- **")
                    .append(offset(Duration.between(start, event.at())))
                    .append("** (")
                    .append(wallClock(event.at()))
                    .append(") — ")
                    .append(label(event.kind()))
                    .append(" · ")
                    .append(event.source())
                    .append(": ")
                    .append(oneLine(event.text()))
                    .append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\n## Not in this timeline\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n## Root cause\n\n").append(ROOT_CAUSE_PLACEHOLDER).append('\n');
        md.append("\n## Follow-up actions\n\n").append(ROOT_CAUSE_PLACEHOLDER).append('\n');
        return md.toString();
    }

    /** The stored and gathered events in time order (stable: at the same instant, stored events first). */
    public static List<IncidentEvent> merged(Incident incident, List<IncidentEvent> gathered) {
        List<IncidentEvent> all = new ArrayList<>(incident.events());
        all.addAll(gathered);
        all.sort(Comparator.comparing(IncidentEvent::at));
        return all;
    }

    /** {@code T+0}, {@code T+5m}, {@code T+1h05m}; events before the opening are {@code T-…}. */
    static String offset(Duration since) {
        String sign = since.isNegative() ? "T-" : "T+";
        long minutes = since.abs().toMinutes();
        if (minutes == 0) {
            long seconds = since.abs().toSeconds();
            return seconds == 0 ? sign + "0" : sign + seconds + "s";
        }
        return sign + (minutes >= 60 ? (minutes / 60) + "h" + String.format("%02dm", minutes % 60) : minutes + "m");
    }

    static String wallClock(Instant at) {
        return CLOCK.format(at.atZone(JST)) + " JST / "
                + CLOCK.format(at.atOffset(ZoneOffset.UTC)).substring(11) + " UTC";
    }

    private static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
    }

    private static String label(IncidentEvent.Kind kind) {
        switch (kind) {
            case OPENED:
                return "opened";
            case ALARM:
                return "alarm condition holds";
            case CLEARED:
                return "alarm condition cleared";
            case NOTE:
                return "note";
            case RUNBOOK:
                return "runbook run";
            case RUNBOOK_DRY_RUN:
                return "runbook dry run";
            case CONFIG:
                return "configuration change";
            case PAGE:
                return "page";
            case CLOSED:
                return "closed";
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
