package com.mangaassist.console.oncall.adapter.out.http;

import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.application.SuiteSignals;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SuiteSignals} over HTTP: each service's public API and Actuator endpoints at its base URL, with the caller's
 * bearer token, answers read as the services document them (docs/API.md). A refusal, an error status, a timeout or
 * an unreadable body is a failed reading naming the service, the path and the status or code.
 */
public final class HttpSuiteSignals implements SuiteSignals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Upstream, URI> bases;
    private final Duration timeout;
    private final HttpClient http;

    public HttpSuiteSignals(Map<Upstream, URI> bases, Duration timeout) {
        this.bases = new EnumMap<>(bases);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Fetched<String> health(Upstream service, String token) {
        return get(service, "/actuator/health", token)
                .map(body -> body.path("status").asString("UNKNOWN"));
    }

    @Override
    public Fetched<Double> gauge(Upstream service, String meter, Map<String, String> tags, String token) {
        String query = tags.entrySet().stream()
                .map(e -> "tag=" + encode(e.getKey() + ":" + e.getValue()))
                .collect(Collectors.joining("&"));
        Fetched<JsonNode> body =
                get(service, "/actuator/metrics/" + meter + (query.isEmpty() ? "" : "?" + query), token);
        if (!body.ok()) {
            return Fetched.failed(body.problem());
        }
        for (JsonNode measurement : body.get().path("measurements")) {
            if ("VALUE".equals(measurement.path("statistic").asString(""))) {
                return Fetched.of(measurement.path("value").asDouble(Double.NaN));
            }
        }
        return Fetched.failed(service.pathName() + " " + meter + ": no VALUE measurement (not a gauge)");
    }

    @Override
    public Fetched<Signals.Queue> queue(String token) {
        return get(Upstream.REVIEWS, "/api/reviews/stats", token).map(body -> {
            Map<String, Signals.PriorityQueue> perPriority = new TreeMap<>();
            body.path("perPriority")
                    .properties()
                    .forEach(e -> perPriority.put(
                            e.getKey(),
                            new Signals.PriorityQueue(
                                    e.getValue().path("depth").asLong(),
                                    e.getValue().path("oldestAgeSeconds").asLong(),
                                    e.getValue().path("waitingPastSla").asLong(),
                                    e.getValue().path("slaBreachRate").asDouble())));
            return new Signals.Queue(
                    body.path("depth").asLong(),
                    perPriority,
                    body.path("arrivalsPerMinute").asDouble(),
                    body.path("completionsPerMinute").asDouble(),
                    body.path("activeReviewers").asInt(),
                    body.path("minimumStaffing").asInt(),
                    body.path("belowMinimumStaffing").asBoolean());
        });
    }

    @Override
    public Fetched<Signals.Roster> reviewers(String token) {
        return get(Upstream.REVIEWS, "/api/reviewers", token).map(body -> {
            Map<String, Integer> load = new TreeMap<>();
            for (JsonNode reviewer : body.path("reviewers")) {
                if (reviewer.path("checkedIn").asBoolean()) {
                    load.put(
                            reviewer.path("reviewerId").asString(""),
                            reviewer.path("load").asInt());
                }
            }
            return new Signals.Roster(
                    body.path("activeReviewers").asInt(),
                    body.path("minimumStaffing").asInt(),
                    body.path("belowMinimum").asBoolean(),
                    load);
        });
    }

    @Override
    public Fetched<Signals.Deliveries> deliveries(String token) {
        return get(Upstream.DELIVERIES, "/api/deliveries/stats", token)
                .map(body -> new Signals.Deliveries(
                        body.path("pending").asLong(),
                        body.path("overdue").asLong(),
                        body.path("stuck").asLong(),
                        body.path("deliveredLastHour").asLong(),
                        body.path("fallbackLastHour").asLong(),
                        body.path("watchdog").path("stale").asBoolean(),
                        instant(body.path("watchdog").path("lastRunAt"))));
    }

    @Override
    public Fetched<Signals.QualityGate> feedbackQuality(String token) {
        return get(Upstream.FEEDBACK, "/api/feedback/quality", token)
                .map(body -> new Signals.QualityGate(body.path("green").asBoolean(), strings(body.path("reasons"))));
    }

    @Override
    public Fetched<Signals.Anomalies> feedbackAnomalies(String token) {
        return get(Upstream.FEEDBACK, "/api/feedback/anomalies", token).map(body -> {
            Map<String, List<String>> perKind = new TreeMap<>();
            for (JsonNode finding : body.path("findings")) {
                perKind.merge(finding.path("kind").asString("unknown"), strings(finding.path("accounts")), (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
            return new Signals.Anomalies(instant(body.path("ranAt")), perKind);
        });
    }

    @Override
    public Fetched<List<Signals.AuditRecord>> audit(Instant since, Instant until, String token) {
        String path =
                "/api/audit?since=" + encode(since.toString()) + "&until=" + encode(until.toString()) + "&limit=1000";
        return get(Upstream.THRESHOLDS, path, token).map(body -> {
            List<Signals.AuditRecord> entries = new ArrayList<>();
            for (JsonNode e : body.isArray() ? body : body.path("entries")) {
                entries.add(new Signals.AuditRecord(
                        Instant.parse(e.path("at").asString()),
                        e.path("service").asString(""),
                        e.path("actor").asString(""),
                        e.path("action").asString(""),
                        e.path("category").asString(""),
                        e.path("reason").asString(""),
                        e.path("dryRun").asBoolean(),
                        e.path("summary").asString("")));
            }
            return entries;
        });
    }

    @Override
    public Fetched<List<Signals.PageRecord>> pages(String token) {
        List<Signals.PageRecord> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Upstream service : List.of(Upstream.REVIEWS, Upstream.THRESHOLDS)) {
            Fetched<JsonNode> body = get(service, "/api/oncall/pages", token);
            if (body.ok()) {
                body.get().path("pages").forEach(p -> pages.add(page(service, p)));
            } else {
                problems.add(body.problem());
            }
        }
        Fetched<JsonNode> anomalies = get(Upstream.FEEDBACK, "/api/feedback/anomalies", token);
        if (anomalies.ok()) {
            anomalies.get().path("pages").forEach(p -> pages.add(page(Upstream.FEEDBACK, p)));
        } else {
            problems.add(anomalies.problem());
        }
        if (pages.isEmpty() && problems.size() == 3) {
            return Fetched.failed(String.join("; ", problems));
        }
        return Fetched.of(pages);
    }

    @Override
    public Fetched<Map<String, Object>> runbookDryRun(
            Upstream service, String runbook, Map<String, String> parameters, String reason, String token) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("reason", reason);
        query.putAll(new TreeMap<>(parameters));
        String path = "/actuator/runbooks/" + encode(runbook) + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        return get(service, path, token).map(body -> {
            JsonNode dryRun = body.path("dryRun");
            @SuppressWarnings("unchecked")
            Map<String, Object> result = dryRun.isObject() ? JSON.convertValue(dryRun, Map.class) : Map.of();
            return result;
        });
    }

    private Fetched<JsonNode> get(Upstream service, String path, String token) {
        URI base = bases.get(service);
        String where = service.pathName() + " " + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 503 && path.startsWith("/actuator/health")) {
                return Fetched.of(JSON.readTree(response.body()));
            }
            if (status / 100 != 2) {
                return Fetched.failed(where + " answered " + status + code(response.body()));
            }
            return Fetched.of(JSON.readTree(response.body()));
        } catch (JacksonException e) {
            return Fetched.failed(where + ": unreadable answer");
        } catch (IOException e) {
            return Fetched.failed(where + ": unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.failed(where + ": interrupted");
        }
    }

    private static String code(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String code = problem.path("code").asString("");
            return code.isEmpty() ? "" : " " + code;
        } catch (JacksonException e) {
            return "";
        }
    }

    private static Signals.PageRecord page(Upstream service, JsonNode page) {
        return new Signals.PageRecord(
                service.pathName(),
                page.path("subject").asString(""),
                page.path("message").asString(""),
                Instant.parse(page.path("at").asString()));
    }

    private static Optional<Instant> instant(JsonNode node) {
        return node.isString() ? Optional.of(Instant.parse(node.asString())) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
