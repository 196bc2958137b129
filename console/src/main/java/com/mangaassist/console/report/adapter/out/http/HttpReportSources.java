package com.mangaassist.console.report.adapter.out.http;

import com.mangaassist.console.api.application.ServiceApi;
import com.mangaassist.console.api.domain.ServiceCall;
import com.mangaassist.console.api.domain.ServiceResponse;
import com.mangaassist.console.api.domain.Upstream;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.report.application.ReportSources;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link ReportSources} over the services' public APIs through the console's {@link ServiceApi}. */
public final class HttpReportSources implements ReportSources {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServiceApi api;

    public HttpReportSources(ServiceApi api) {
        this.api = api;
    }

    @Override
    public Fetched<List<CategoryWeek>> routing(Instant from, Instant to, String token) {
        return get(Upstream.THRESHOLDS, "/api/routing/stats?" + window(from, to), token, body -> {
            List<CategoryWeek> categories = new ArrayList<>();
            for (JsonNode c : body.path("categories")) {
                List<Hour> hours = new ArrayList<>();
                for (JsonNode h : c.path("hourly")) {
                    hours.add(new Hour(
                            Instant.parse(h.path("hour").asString()),
                            h.path("turns").asLong(),
                            number(h.path("escalationRate"))));
                }
                categories.add(new CategoryWeek(
                        c.path("category").asString(),
                        c.path("turns").asLong(),
                        number(c.path("escalationRate")),
                        hours));
            }
            return categories;
        });
    }

    @Override
    public Fetched<List<InForce>> thresholds(String token) {
        return get(Upstream.THRESHOLDS, "/api/thresholds", token, body -> {
            List<InForce> all = new ArrayList<>();
            for (JsonNode c : body) {
                JsonNode active = c.path("active");
                JsonNode set = active.path("thresholds");
                all.add(new InForce(
                        c.path("category").asString(),
                        active.path("version").asLong(),
                        set.path("autoRespondMin").asDouble(),
                        set.path("reviewMin").asDouble(),
                        set.path("handoffBelow").asDouble(),
                        c.path("effective").path("autoRespondMin").asDouble(),
                        c.path("effectiveSource").asString("")));
            }
            return all;
        });
    }

    @Override
    public Fetched<ReviewWeek> reviewDecisions(Instant from, Instant to, String token) {
        return get(Upstream.REVIEWS, "/api/reviews/decisions?" + window(from, to), token, body -> {
            JsonNode by = body.path("byStatus");
            return new ReviewWeek(
                    by.path("APPROVED").asLong(),
                    by.path("EDITED").asLong(),
                    by.path("REJECTED").asLong(),
                    by.path("AUTO_DELIVERED").asLong(),
                    by.path("TIMED_OUT").asLong(),
                    number(body.path("approvedUnchangedShare")),
                    perHour(body.path("decidedByHourJst")),
                    perHour(body.path("notReachedByHourJst")));
        });
    }

    /** 24 counts, one per hour of day; anything else (an older service) reads as no hours. */
    private static List<Long> perHour(JsonNode hours) {
        if (!hours.isArray() || hours.size() != 24) {
            return List.of();
        }
        List<Long> counts = new ArrayList<>(24);
        hours.forEach(h -> counts.add(h.asLong()));
        return counts;
    }

    @Override
    public Fetched<DeliveryWeek> deliveries(Instant from, Instant to, String token) {
        return get(
                Upstream.DELIVERIES,
                "/api/deliveries/stats/window?" + window(from, to),
                token,
                body -> new DeliveryWeek(
                        body.path("delivered").asLong(),
                        body.path("fallback").asLong(),
                        body.path("pending").asLong(),
                        number(body.path("keptOnTimeShare"))));
    }

    private static String window(Instant from, Instant to) {
        return "from=" + encode(from.toString()) + "&to=" + encode(to.toString());
    }

    @Override
    public Fetched<List<TopicCalibration>> calibration(Instant from, Instant to, String token) {
        return get(Upstream.ORCHESTRATOR, "/api/confidence/calibration?" + window(from, to), token, body -> {
            List<TopicCalibration> topics = new ArrayList<>();
            for (JsonNode t : body) {
                topics.add(new TopicCalibration(
                        t.path("topic").asString(),
                        t.path("calibrated").asBoolean(),
                        t.path("samples").asInt(),
                        number(t.path("expectedCalibrationError")),
                        number(t.path("brierScore"))));
            }
            return topics;
        });
    }

    @Override
    public Fetched<List<TopicFeedback>> feedback(LocalDate from, LocalDate to, String token) {
        return get(Upstream.FEEDBACK, "/api/feedback/aggregates?from=" + from + "&to=" + to, token, body -> {
            Map<String, int[]> perTopic = new TreeMap<>();
            for (JsonNode row : body.path("rows")) {
                int[] sums = perTopic.computeIfAbsent(row.path("topic").asString(), t -> new int[3]);
                sums[0] += row.path("up").asInt();
                sums[1] += row.path("down").asInt();
                sums[2] += row.path("corrections").asInt();
            }
            List<TopicFeedback> topics = new ArrayList<>();
            perTopic.forEach((topic, s) -> topics.add(new TopicFeedback(
                    topic, s[0], s[1], s[2], s[0] + s[1] == 0 ? null : (double) s[0] / (s[0] + s[1]))));
            return topics;
        });
    }

    private <T> Fetched<T> get(Upstream service, String path, String token, Function<JsonNode, T> read) {
        String where = service.pathName() + " " + path.replaceAll("\\?.*", "");
        try {
            ServiceResponse response = api.call(new ServiceCall(
                    service, ServiceCall.Method.GET, path, new byte[0], Optional.empty(), Optional.empty(), token));
            if (response.status() / 100 != 2) {
                return Fetched.failed(where + " answered " + response.status());
            }
            return Fetched.of(read.apply(JSON.readTree(response.body())));
        } catch (ServiceApi.UnavailableException e) {
            return Fetched.failed(where + ": unreachable");
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            return Fetched.failed(where + ": unreadable answer");
        }
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
