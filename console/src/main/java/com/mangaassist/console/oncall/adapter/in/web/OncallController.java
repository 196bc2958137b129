package com.mangaassist.console.oncall.adapter.in.web;

import com.mangaassist.console.oncall.application.EscalationChecklist;
import com.mangaassist.console.oncall.application.IncidentDesk;
import com.mangaassist.console.oncall.domain.AlarmReading;
import com.mangaassist.console.oncall.domain.Checklist;
import com.mangaassist.console.oncall.domain.ChecklistStep;
import com.mangaassist.console.oncall.domain.Incident;
import com.mangaassist.console.oncall.domain.IncidentEvent;
import com.mangaassist.console.oncall.domain.RunbookSuggestion;
import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live escalation checklist and incidents, for on-call: at {@code /api/oncall/…} with a bearer token (tools,
 * tests) and at {@code /console/oncall/…} with the console session (the on-call page; CSRF on POST). The caller's own
 * token is what reads the services. Problems: 400 {@code INVALID_REQUEST}, 404 {@code INCIDENT_NOT_FOUND}, 409
 * {@code INCIDENT_CLOSED} / {@code INCIDENT_CONFLICT}.
 */
@RestController
@RequestMapping({"/api/oncall", "/console/oncall"})
public class OncallController {

    private final EscalationChecklist checklist;
    private final IncidentDesk incidents;
    private final Clock clock;

    public OncallController(EscalationChecklist checklist, IncidentDesk incidents, Clock clock) {
        this.checklist = checklist;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** A session whose token has expired (the page's path) is told so, as the service proxy does. */
    @ModelAttribute
    void signedInNow(TokenAuthentication caller) {
        if (caller != null && caller.user().expiredAt(clock.instant())) {
            throw new SessionExpired();
        }
    }

    @ExceptionHandler(SessionExpired.class)
    ResponseEntity<ProblemDetail> sessionExpired() {
        return problem(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", "Your sign-in has expired; sign in again.");
    }

    /** The caller's token expired. */
    static final class SessionExpired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SessionExpired() {
            super("the sign-in has expired");
        }
    }

    @GetMapping("/checklist")
    public ResponseEntity<ChecklistView> checklist(
            @RequestParam(name = "dryRuns", defaultValue = "true") boolean dryRuns, TokenAuthentication caller) {
        Checklist evaluated =
                checklist.evaluate(caller.user().token(), caller.user().subject(), dryRuns);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ChecklistView.of(evaluated));
    }

    @GetMapping("/incidents")
    public Map<String, Object> openIncidents() {
        List<IncidentSummary> open =
                incidents.open().stream().map(IncidentSummary::of).toList();
        return Map.of("incidents", open, "count", open.size());
    }

    @PostMapping("/incidents")
    public ResponseEntity<?> open(@RequestBody(required = false) Map<String, Object> body, TokenAuthentication caller) {
        Optional<String> title = text(body, "title");
        if (title.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "title is required (1-2000 characters)");
        }
        Incident incident = incidents.open(title.get(), caller.user().subject());
        return ResponseEntity.created(URI.create("/api/oncall/incidents/" + incident.id()))
                .body(IncidentSummary.of(incident));
    }

    @GetMapping("/incidents/{id}")
    public ResponseEntity<?> incident(@PathVariable("id") String id, TokenAuthentication caller) {
        return incidents
                .gather(id, caller.user().token())
                .<ResponseEntity<?>>map(g -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(new IncidentView(IncidentSummary.of(g.incident()), g.events(), g.notes())))
                .orElseGet(() -> notFound());
    }

    @PostMapping("/incidents/{id}/notes")
    public ResponseEntity<?> note(
            @PathVariable("id") String id,
            @RequestBody(required = false) Map<String, Object> body,
            TokenAuthentication caller) {
        Optional<String> text = text(body, "text");
        if (text.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "text is required (1-2000 characters)");
        }
        return answer(id, incidents.note(id, text.get(), caller.user().subject()));
    }

    @PostMapping("/incidents/{id}/close")
    public ResponseEntity<?> close(
            @PathVariable("id") String id,
            @RequestBody(required = false) Map<String, Object> body,
            TokenAuthentication caller) {
        String summary = text(body, "summary").orElse("");
        return answer(id, incidents.close(id, summary, caller.user().subject()));
    }

    @GetMapping(path = "/incidents/{id}/timeline.md")
    public ResponseEntity<?> timeline(@PathVariable("id") String id, TokenAuthentication caller) {
        return incidents
                .timelineMarkdown(id, caller.user().token())
                .<ResponseEntity<?>>map(md -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                        .body(md))
                .orElseGet(() -> notFound());
    }

    private ResponseEntity<?> answer(String id, IncidentDesk.Outcome outcome) {
        switch (outcome) {
            case DONE:
                return ResponseEntity.ok(IncidentSummary.of(incidents.find(id).orElseThrow()));
            case NOT_FOUND:
                return notFound();
            case ALREADY_CLOSED:
                return problem(HttpStatus.CONFLICT, "INCIDENT_CLOSED", "the incident is closed");
            default:
                return problem(HttpStatus.CONFLICT, "INCIDENT_CONFLICT", "the incident kept changing; try again");
        }
    }

    private static Optional<String> text(Map<String, Object> body, String field) {
        if (body == null || !(body.get(field) instanceof String)) {
            return Optional.empty();
        }
        String value = ((String) body.get(field)).strip();
        return value.isEmpty() || value.length() > Incident.MAX_TEXT ? Optional.empty() : Optional.of(value);
    }

    private static ResponseEntity<?> notFound() {
        return problem(HttpStatus.NOT_FOUND, "INCIDENT_NOT_FOUND", "no such incident");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The checklist as JSON: statuses as {@code ok | attention | act}. */
    public record ChecklistView(
            Instant evaluatedAt,
            String overall,
            List<StepView> steps,
            List<AlarmReading> alarms,
            List<String> openedIncidents) {
        static ChecklistView of(Checklist checklist) {
            return new ChecklistView(
                    checklist.evaluatedAt(),
                    checklist.overall().code(),
                    checklist.steps().stream().map(StepView::of).toList(),
                    checklist.alarms(),
                    checklist.openedIncidents());
        }
    }

    /** One step as JSON. */
    public record StepView(
            int step,
            String title,
            String status,
            Map<String, Object> evidence,
            List<String> links,
            String recommendation,
            RunbookView runbook) {
        static StepView of(ChecklistStep step) {
            return new StepView(
                    step.step(),
                    step.title(),
                    step.status().code(),
                    step.evidence(),
                    step.links(),
                    step.recommendation(),
                    step.runbook().map(RunbookView::of).orElse(null));
        }
    }

    /** A recommended runbook as JSON, with its dry run when one was made. */
    public record RunbookView(
            String name,
            String service,
            String path,
            String actuatorPath,
            Map<String, String> parameters,
            String reason,
            Map<String, Object> dryRun,
            String dryRunProblem) {
        static RunbookView of(RunbookSuggestion r) {
            return new RunbookView(
                    r.name(),
                    r.service().pathName(),
                    r.path(),
                    r.actuatorPath(),
                    r.parameters(),
                    r.reason(),
                    r.dryRun().orElse(null),
                    r.dryRunProblem().orElse(null));
        }
    }

    /** An incident without its gathered events. */
    public record IncidentSummary(
            String id,
            String title,
            String state,
            Instant openedAt,
            String openedBy,
            String condition,
            Instant closedAt,
            List<IncidentEvent> events,
            String timeline) {
        static IncidentSummary of(Incident i) {
            return new IncidentSummary(
                    i.id(),
                    i.title(),
                    i.state().name().toLowerCase(java.util.Locale.ROOT),
                    i.openedAt(),
                    i.openedBy(),
                    i.condition().orElse(null),
                    i.closedAt().orElse(null),
                    i.events(),
                    "/api/oncall/incidents/" + i.id() + "/timeline.md");
        }
    }

    /** An incident with every event of its window in time order and what could not be gathered. */
    public record IncidentView(IncidentSummary incident, List<IncidentEvent> timeline, List<String> notes) {}
}
