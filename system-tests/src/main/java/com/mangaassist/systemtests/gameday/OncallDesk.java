package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.review.StaffClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What on-call does in a drill, through the same APIs a person uses: the console's live escalation checklist and
 * incidents ({@code /api/oncall/…}), and the runbook a step recommends, dry run first, through the owning service's
 * Actuator path ({@code /actuator/runbooks/<name>}).
 */
public final class OncallDesk {

    private static final Duration POLL = Duration.ofSeconds(3);

    private final SuiteEndpoints suite;
    private final String token;
    private final StaffClient console;
    private final DrillLog log;

    public OncallDesk(SuiteEndpoints suite, String token, DrillLog log) {
        this.suite = suite;
        this.token = token;
        this.console = new StaffClient(suite.service("console"), token);
        this.log = log;
    }

    /** The checklist evaluated now; with dry runs, each recommended runbook of a step in act is dry-run too. */
    public JsonNode checklist(boolean dryRuns) {
        StaffClient.Reply reply = console.get("/api/oncall/checklist?dryRuns=" + dryRuns);
        if (reply.status() != 200) {
            throw new IllegalStateException("checklist: " + reply.status() + " " + reply.raw());
        }
        return reply.body();
    }

    /**
     * Evaluates the checklist every few seconds until {@code condition} holds on it, printing each alarm as it starts
     * to hold and each step as its status changes; the checklist that satisfied it is evaluated once more with dry
     * runs and returned. Empty when {@code patience} ran out.
     */
    public Optional<JsonNode> awaitChecklist(String what, Predicate<JsonNode> condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<Integer, String> statuses = new HashMap<>();
        Set<String> firing = Set.of();
        while (true) {
            JsonNode checklist = checklist(false);
            Set<String> nowFiring = firingAlarms(checklist);
            for (String alarm : nowFiring) {
                if (!firing.contains(alarm)) {
                    JsonNode reading = alarm(checklist, alarm).orElseThrow();
                    log.say(
                            DrillLog.Kind.ALARM,
                            alarm + " holds: " + reading.path("meter").asString() + " = "
                                    + reading.path("value").asDouble() + " ("
                                    + reading.path("comparison").asString()
                                    + " " + reading.path("threshold").asDouble() + ")");
                }
            }
            firing = nowFiring;
            for (JsonNode step : checklist.get("steps")) {
                int n = step.get("step").asInt();
                String status = step.get("status").asString();
                if (!status.equals(statuses.put(n, status)) && !"ok".equals(status)) {
                    log.say(DrillLog.Kind.CHECKLIST, describe(step));
                }
            }
            if (condition.test(checklist)) {
                log.say(DrillLog.Kind.CHECKLIST, "condition met: " + what);
                return Optional.of(checklist(true));
            }
            if (System.nanoTime() > deadline) {
                log.say(DrillLog.Kind.CHECK, "gave up waiting for: " + what + " after " + patience.toSeconds() + " s");
                return Optional.empty();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /**
     * Runs the runbook {@code suggestion} names the way its step recommends: a dry run with the pre-filled parameters
     * (plus {@code extra}), then the real run with one Idempotency-Key. Returns the real run's answer.
     */
    public JsonNode runRecommended(JsonNode suggestion, Map<String, String> extra) {
        String name = suggestion.get("name").asString();
        String service = suggestion.get("service").asString();
        String reason = suggestion.path("reason").asString("game day");
        Map<String, String> parameters = new LinkedHashMap<>();
        suggestion
                .path("parameters")
                .properties()
                .forEach(e -> parameters.put(e.getKey(), e.getValue().asString()));
        parameters.putAll(extra);
        return run(service, name, reason, parameters);
    }

    /** Runs runbook {@code name} of {@code service}: dry run, then for real; returns the real run's answer. */
    public JsonNode run(String service, String name, String reason, Map<String, String> parameters) {
        StaffClient client = new StaffClient(suite.service(service), token);
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("reason", reason);
        String dryPath = "/actuator/runbooks/" + name + "?"
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        StaffClient.Reply dry = client.get(dryPath);
        if (dry.status() != 200) {
            throw new IllegalStateException("dry run of " + name + ": " + dry.status() + " " + dry.raw());
        }
        log.say(
                DrillLog.Kind.MITIGATION,
                "dry run " + service + " " + name + " " + parameters + ": " + brief(dry.raw()));
        Map<String, String> body = new LinkedHashMap<>(query);
        body.put("dryRun", "false");
        StaffClient.Reply real = client.post(
                "/actuator/runbooks/" + name, body, Map.of("Idempotency-Key", "gameday-" + UUID.randomUUID()));
        if (real.status() != 200) {
            throw new IllegalStateException("run of " + name + ": " + real.status() + " " + real.raw());
        }
        log.say(DrillLog.Kind.MITIGATION, "ran " + service + " " + name + ": " + brief(real.raw()));
        return real.body();
    }

    /** The open incident whose title names {@code alarm}. */
    public Optional<JsonNode> openIncidentFor(String alarm) {
        JsonNode open = console.get("/api/oncall/incidents").body();
        for (JsonNode incident : open.path("incidents")) {
            if (incident.path("title").asString().contains(alarm)) {
                return Optional.of(incident);
            }
        }
        return Optional.empty();
    }

    /** Opens an incident by hand (when no alarm condition opened one). */
    public JsonNode openIncident(String title) {
        StaffClient.Reply reply = console.post("/api/oncall/incidents", Map.of("title", title));
        if (reply.status() != 201) {
            throw new IllegalStateException("open incident: " + reply.status() + " " + reply.raw());
        }
        return reply.body();
    }

    public void note(String incidentId, String text) {
        StaffClient.Reply reply = console.post("/api/oncall/incidents/" + incidentId + "/notes", Map.of("text", text));
        if (reply.status() != 200) {
            throw new IllegalStateException("note: " + reply.status() + " " + reply.raw());
        }
    }

    /** Closes the incident and returns its gathered view {@code {incident, timeline[], notes[]}}. */
    public JsonNode close(String incidentId, String summary) {
        StaffClient.Reply reply =
                console.post("/api/oncall/incidents/" + incidentId + "/close", Map.of("summary", summary));
        if (reply.status() != 200) {
            throw new IllegalStateException("close: " + reply.status() + " " + reply.raw());
        }
        return console.get("/api/oncall/incidents/" + incidentId).body();
    }

    public String timelineMarkdown(String incidentId) {
        StaffClient.Reply reply = console.getText("/api/oncall/incidents/" + incidentId + "/timeline.md");
        if (reply.status() != 200) {
            throw new IllegalStateException("timeline: " + reply.status() + " " + reply.raw());
        }
        return reply.raw();
    }

    /** A service's client with on-call's token. */
    public StaffClient client(String service) {
        return new StaffClient(suite.service(service), token);
    }

    public static JsonNode step(JsonNode checklist, int number) {
        for (JsonNode step : checklist.get("steps")) {
            if (step.get("step").asInt() == number) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step " + number);
    }

    public static boolean acts(JsonNode checklist, int number) {
        return "act".equals(step(checklist, number).get("status").asString());
    }

    public static Set<String> firingAlarms(JsonNode checklist) {
        Set<String> firing = new java.util.TreeSet<>();
        for (JsonNode alarm : checklist.path("alarms")) {
            if (alarm.path("holds").asBoolean(false)) {
                firing.add(alarm.get("alarm").asString());
            }
        }
        return firing;
    }

    public static Optional<JsonNode> alarm(JsonNode checklist, String name) {
        for (JsonNode alarm : checklist.path("alarms")) {
            if (alarm.get("alarm").asString().equals(name)) {
                return Optional.of(alarm);
            }
        }
        return Optional.empty();
    }

    /** The runbook a step recommends, its name, or empty. */
    public static Optional<JsonNode> runbook(JsonNode checklist, int number) {
        JsonNode runbook = step(checklist, number).path("runbook");
        return runbook.isObject() ? Optional.of(runbook) : Optional.empty();
    }

    static String describe(JsonNode step) {
        JsonNode runbook = step.path("runbook");
        return "step " + step.get("step").asInt() + " [" + step.get("status").asString() + "] "
                + step.get("title").asString() + ": "
                + step.get("recommendation").asString()
                + (runbook.isObject()
                        ? " → runbook " + runbook.get("service").asString() + " "
                                + runbook.get("name").asString() + " " + runbook.path("parameters")
                        : "");
    }

    static String brief(String raw) {
        String one = raw.replaceAll("\\s+", " ");
        return one.length() > 240 ? one.substring(0, 240) + "…" : one;
    }
}
