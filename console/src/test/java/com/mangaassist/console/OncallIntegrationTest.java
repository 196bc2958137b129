package com.mangaassist.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAws;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-call checklist and incidents in the running console: the bearer chain (401 / 403 / 200), the checklist
 * judged on stand-in services that show a queue backlog (the services' documented JSON), the review workflow's
 * executions listed from the real Step Functions stand-in, incidents stored in the real DynamoDB stand-in (an
 * auto-opened one for the backlog, one opened by hand with notes, closing and the Markdown timeline), and the same
 * endpoints under the session path with CSRF.
 */
@ExtendWith(LocalAwsExtension.class)
@SpringBootTest(properties = "spring.profiles.active=local")
@AutoConfigureMockMvc
class OncallIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVICES = startServices();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        LocalAwsEndpoints endpoints = LocalAws.endpoints();
        String prefix = LocalAws.freshPrefix();
        String services = "http://127.0.0.1:" + SERVICES.getAddress().getPort();
        registry.add("mangaassist.local.issuer", () -> endpoints.issuer().toString());
        for (String name : List.of("orchestrator", "reviews", "feedback", "thresholds", "deliveries")) {
            registry.add("mangaassist.console.services." + name, () -> services);
        }
        registry.add("mangaassist.console.gateway-web-socket", () -> "ws://127.0.0.1:4510/");
        registry.add("mangaassist.resources.prefix", () -> prefix);
        registry.add(
                "mangaassist.aws.endpoints.dynamodb", () -> endpoints.dynamoDb().toString());
        registry.add(
                "mangaassist.aws.endpoints.stepfunctions",
                () -> endpoints.stepFunctions().toString());
        registry.add(
                "mangaassist.console.oncall.state-machine-arn", () -> endpoints.reviewWorkflowArn(endpoints.prefix()));
    }

    @AfterAll
    static void stop() {
        SERVICES.stop(0);
    }

    @Test
    void theChecklistAnswersABearerTokenOfOnCallOnly() throws Exception {
        mvc.perform(get("/api/oncall/checklist"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHORIZED"));
        mvc.perform(get("/api/oncall/checklist").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/oncall/checklist")
                        .header("Authorization", bearer(LocalAws.expiredToken("oc-1", "oncall"))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/oncall/checklist").header("Authorization", bearer(LocalAws.token("r-1", "reviewer"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));

        String token = LocalAws.token("oc-1", "oncall");
        mvc.perform(get("/api/oncall/checklist?dryRuns=false").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(11));
        assertThat(SEEN).anyMatch(seen -> seen.startsWith("GET /api/reviews/stats Bearer " + token));
    }

    @Test
    void aBacklogIsJudgedOnTheCatalogueRecommendsRelaxationWithItsDryRunAndOpensOneIncident() throws Exception {
        String token = bearer(LocalAws.token("oc-2", "oncall"));

        JsonNode first = json(mvc.perform(get("/api/oncall/checklist").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(first.path("overall").asString()).isEqualTo("act");
        JsonNode queue = first.path("steps").get(1);
        assertThat(queue.path("status").asString()).isEqualTo("act");
        assertThat(queue.path("evidence").path("depth").asLong()).isEqualTo(75);
        JsonNode relax = first.path("steps").get(7);
        assertThat(relax.path("status").asString()).isEqualTo("act");
        assertThat(relax.path("runbook").path("name").asString()).isEqualTo("emergency-relaxation");
        assertThat(relax.path("runbook").path("actuatorPath").asString())
                .isEqualTo("/actuator/runbooks/emergency-relaxation");
        assertThat(relax.path("runbook").path("dryRun").path("matched").asInt()).isEqualTo(4);
        assertThat(SEEN)
                .anyMatch(seen -> seen.startsWith("GET /actuator/runbooks/emergency-relaxation?reason=")
                        && seen.contains("autoRespondMin=0.7"));
        JsonNode executions = first.path("steps").get(5);
        assertThat(executions.path("evidence").has("unavailable"))
                .as("ListExecutions against the stand-in: %s", executions)
                .isFalse();
        assertThat(executions.path("evidence").has("running")).isTrue();
        JsonNode depthAlarm = alarm(first, "ReviewQueueDepth-Critical");
        assertThat(depthAlarm.path("holds").asBoolean()).isTrue();
        assertThat(depthAlarm.path("value").asDouble()).isEqualTo(75.0);

        JsonNode second =
                json(mvc.perform(get("/api/oncall/checklist?dryRuns=false").header("Authorization", token))
                        .andReturn());
        JsonNode open = json(mvc.perform(get("/api/oncall/incidents").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn());
        long forTheCondition = 0;
        for (JsonNode incident : open.path("incidents")) {
            if ("ReviewQueueDepth-Critical".equals(incident.path("condition").asString(""))) {
                forTheCondition++;
            }
        }
        assertThat(forTheCondition).isEqualTo(1);
        assertThat(second.path("openedIncidents").size()).isZero();
        assertThat(second.path("steps").get(10).path("status").asString()).isEqualTo("attention");
    }

    @Test
    void anIncidentOpenedByHandTakesNotesClosesAndExportsItsTimeline() throws Exception {
        String token = bearer(LocalAws.token("oc-3", "oncall"));
        mvc.perform(post("/api/oncall/incidents")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"));

        JsonNode opened = json(mvc.perform(post("/api/oncall/incidents")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"reviewers gone at peak\"}"))
                .andExpect(status().isCreated())
                .andReturn());
        String id = opened.path("id").asString();
        mvc.perform(post("/api/oncall/incidents/" + id + "/notes")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"relaxation dry run looks right\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(2));
        mvc.perform(post("/api/oncall/incidents/" + id + "/close")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"queue drained\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("closed"));
        mvc.perform(post("/api/oncall/incidents/" + id + "/notes")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INCIDENT_CLOSED"));
        mvc.perform(get("/api/oncall/incidents/inc-unknown/timeline.md").header("Authorization", token))
                .andExpect(status().isNotFound());

        String md = mvc.perform(
                        get("/api/oncall/incidents/" + id + "/timeline.md").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(md)
                .startsWith("# Incident " + id + ": reviewers gone at peak")
                .contains("**T+0**")
                .contains(" JST / ")
                .contains("note · oc-3: relaxation dry run looks right")
                .contains("closed · oc-3: incident closed: queue drained")
                .contains("_to be written by a person_");
        assertThat(md.indexOf("opened")).isLessThan(md.indexOf("note ·"));
        assertThat(md.indexOf("note ·")).isLessThan(md.indexOf("closed ·"));
    }

    @Test
    void theOnCallPageReachesTheSameEndpointsWithItsSessionAndCsrf() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult signedIn = mvc.perform(post("/sign-in")
                        .session(session)
                        .with(csrf())
                        .param("userId", "oc-4")
                        .param("roles", "oncall"))
                .andExpect(status().isFound())
                .andReturn();
        MockHttpSession oncall = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(get("/console/oncall/checklist?dryRuns=false").session(oncall))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(11));
        mvc.perform(post("/console/oncall/incidents")
                        .session(oncall)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"no csrf\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/oncall/incidents")
                        .session(oncall)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"from the page\"}"))
                .andExpect(status().isCreated());

        MockHttpSession expired = new MockHttpSession();
        expired.setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY,
                new org.springframework.security.core.context.SecurityContextImpl(
                        new com.mangaassist.console.signin.adapter.in.web.TokenAuthentication(
                                new com.mangaassist.console.signin.domain.ConsoleUser(
                                        "oc-5",
                                        java.util.Set.of(com.mangaassist.model.security.Role.ONCALL),
                                        LocalAws.expiredToken("oc-5", "oncall"),
                                        Instant.now().minusSeconds(60)))));
        mvc.perform(get("/console/oncall/checklist").session(expired))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SESSION_EXPIRED"));
    }

    @Test
    void theWeeklyReviewReadsTheWeekFromTheServicesForOnCallAndMlLeadsAsJsonAndAsAPageWithPlots() throws Exception {
        MvcResult report = mvc.perform(get("/api/oncall/weekly-report?week=2026-W48")
                        .header("Authorization", bearer(LocalAws.token("ml-w", "ml-lead"))))
                .andExpect(status().isOk())
                .andReturn();
        JsonNode week = json(report);
        assertThat(week.get("week").asString()).isEqualTo("2026-W48");
        assertThat(week.get("from").asString()).isEqualTo("2026-11-22T15:00:00Z");
        assertThat(week.get("to").asString()).isEqualTo("2026-11-29T15:00:00Z");
        assertThat(week.get("sections").valueStream().map(x -> x.get("key").asString()))
                .containsExactly(
                        "escalation",
                        "thresholds",
                        "capacity",
                        "approvedUnchanged",
                        "calibration",
                        "feedback",
                        "deliveries");
        assertThat(SEEN)
                .anySatisfy(call -> assertThat(call)
                        .startsWith(
                                "GET /api/routing/stats?from=2026-11-22T15%3A00%3A00Z&to=2026-11-29T15%3A00%3A00Z"));
        assertThat(SEEN)
                .anySatisfy(call ->
                        assertThat(call).startsWith("GET /api/feedback/aggregates?from=2026-11-23&to=2026-11-29"));
        JsonNode escalation = week.get("sections").get(0);
        assertThat(escalation.get("coverage").asString()).isEqualTo("week");
        // 20:00 JST on the Monday (11:00 UTC): 10 turns, 4 escalated
        JsonNode eightPm = escalation.get("data").get("allCategoriesByHourJst").get(20);
        assertThat(eightPm.get("turns").asLong()).isEqualTo(10);
        assertThat(eightPm.get("escalationRate").asDouble()).isEqualTo(0.4);
        JsonNode capacity = week.get("sections").get(2).get("data");
        assertThat(capacity.get("hoursReviewersFellShortJst").get(0).asInt()).isEqualTo(21);
        assertThat(capacity.get("decidedPerHourJst").get(20).asDouble()).isEqualTo(1.429);
        assertThat(week.get("sections").get(3).get("data").get("share").asDouble())
                .isEqualTo(0.8);
        assertThat(week.get("sections").get(3).get("coverage").asString()).isEqualTo("week");
        assertThat(week.get("sections")
                        .get(6)
                        .get("data")
                        .get("keptOnTimeShare")
                        .asDouble())
                .isEqualTo(0.9);
        assertThat(SEEN)
                .anySatisfy(
                        call -> assertThat(call)
                                .startsWith(
                                        "GET /api/reviews/decisions?from=2026-11-22T15%3A00%3A00Z&to=2026-11-29T15%3A00%3A00Z"));

        mvc.perform(get("/api/oncall/weekly-report?week=2026-W60")
                        .header("Authorization", bearer(LocalAws.token("oc-w", "oncall"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_WEEK"));
        mvc.perform(get("/api/oncall/weekly-report?week=2999-W01")
                        .header("Authorization", bearer(LocalAws.token("oc-w", "oncall"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_WEEK"));
        mvc.perform(get("/api/oncall/weekly-report").header("Authorization", bearer(LocalAws.token("r-w", "reviewer"))))
                .andExpect(status().isForbidden());

        MockHttpSession session = new MockHttpSession();
        MvcResult signedIn = mvc.perform(post("/sign-in")
                        .session(session)
                        .with(csrf())
                        .param("userId", "ml-w2")
                        .param("roles", "ml-lead"))
                .andExpect(status().isFound())
                .andReturn();
        MockHttpSession lead = (MockHttpSession) signedIn.getRequest().getSession();
        String page = mvc.perform(get("/weekly?week=2026-W48").session(lead))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"weekly-escalation\"", "data-coverage=\"week\"", "<svg", "data-hour=\"20\"")
                .contains("id=\"weekly-json\"")
                .contains("class=\"decided\" data-hour=\"20\"", "class=\"not-reached\" data-hour=\"21\"")
                .containsPattern("id=\"weekly-short-hours\"[\\s\\S]*?<strong>21</strong>")
                .contains("/console/oncall/weekly-report?week=2026-W48");
        mvc.perform(get("/console/oncall/weekly-report?week=2026-W48").session(lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.week").value("2026-W48"));
    }

    @Test
    void everyConsoleRowOfTheAccessTableHolds() throws Exception {
        List<String> lines =
                java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("mangaassist.root", ".."))
                        .resolve("docs/ACCESS.md"));
        List<String> roles = null;
        List<String> problems = new java.util.ArrayList<>();
        int rows = 0;
        for (String line : lines) {
            List<String> cells = java.util.Arrays.stream(line.split("\\|"))
                    .map(String::strip)
                    .toList();
            if (cells.size() < 4) {
                continue;
            }
            cells = cells.subList(1, cells.size());
            if (cells.get(0).equals("service")) {
                roles = cells.subList(3, cells.size());
                continue;
            }
            if (roles == null || !cells.get(0).equals("console")) {
                continue;
            }
            rows++;
            String method = cells.get(1);
            String path = cells.get(2).replace("`", "").replace("{id}", "inc-unknown");
            var anonymous = "GET".equals(method)
                    ? get(path)
                    : post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
            int none = mvc.perform(anonymous).andReturn().getResponse().getStatus();
            if (none != 401) {
                problems.add(method + " " + path + " without a token: " + none);
            }
            for (int i = 0; i < roles.size(); i++) {
                String token = bearer(LocalAws.token("matrix-" + roles.get(i), roles.get(i)));
                var request = "GET".equals(method)
                        ? get(path).header("Authorization", token)
                        : post(path)
                                .header("Authorization", token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}");
                int got = mvc.perform(request).andReturn().getResponse().getStatus();
                String expected = cells.get(3 + i);
                boolean ok = expected.equals("✓")
                        ? got != 401 && got != 403 && got < 500
                        : got == Integer.parseInt(expected);
                if (!ok) {
                    problems.add(method + " " + path + " as " + roles.get(i) + ": " + got + ", table says " + expected);
                }
            }
        }
        assertThat(rows).as("console rows in docs/ACCESS.md").isEqualTo(8);
        assertThat(problems).isEmpty();
    }

    private static JsonNode alarm(JsonNode checklist, String name) {
        for (JsonNode alarm : checklist.path("alarms")) {
            if (name.equals(alarm.path("alarm").asString())) {
                return alarm;
            }
        }
        throw new AssertionError("no alarm " + name + " in " + checklist.path("alarms"));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The five services as one stand-in answering their documented JSON: a queue backlog, everything else calm. */
    private static HttpServer startServices() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getRawPath();
                String query = exchange.getRequestURI().getRawQuery();
                SEEN.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query) + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                String body = answer(path);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body.startsWith("{\"status\":404") ? 404 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(String path) {
        String now = Instant.now().toString();
        switch (path) {
            case "/actuator/health":
                return "{\"status\":\"UP\"}";
            case "/actuator/metrics/mangaassist.review.queue.depth.total":
                return "{\"name\":\"mangaassist.review.queue.depth.total\",\"measurements\":[{\"statistic\":\"VALUE\",\"value\":75.0}]}";
            case "/actuator/metrics/mangaassist.feedback.quality.green":
                return "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":1.0}]}";
            case "/api/reviews/stats":
                return "{\"at\":\"" + now + "\",\"windowSeconds\":900,\"depth\":75,\"perPriority\":{"
                        + "\"P1\":{\"depth\":5,\"claimed\":1,\"oldestAgeSeconds\":40,\"waitingPastSla\":0,\"slaBreachRate\":0.0,"
                        + "\"arrivalsPerMinute\":1.0,\"completionsPerMinute\":1.0},"
                        + "\"P2\":{\"depth\":70,\"claimed\":2,\"oldestAgeSeconds\":200,\"waitingPastSla\":3,\"slaBreachRate\":0.02,"
                        + "\"arrivalsPerMinute\":6.0,\"completionsPerMinute\":3.0}},"
                        + "\"arrivalsPerMinute\":7.0,\"completionsPerMinute\":4.0,\"activeReviewers\":3,\"minimumStaffing\":2,"
                        + "\"belowMinimumStaffing\":false,\"throughputPerReviewerPerHour\":{},\"approvedUnchangedRate\":0.8}";
            case "/api/reviewers":
                return "{\"activeReviewers\":3,\"minimumStaffing\":2,\"peak\":true,\"belowMinimum\":false,\"reviewers\":["
                        + "{\"reviewerId\":\"r-1\",\"senior\":false,\"checkedIn\":true,\"active\":true,\"load\":1}]}";
            case "/api/deliveries/stats":
                return "{\"at\":\"" + now + "\",\"pending\":4,\"overdue\":0,\"stuck\":0,\"deliveredLastHour\":20,"
                        + "\"fallbackLastHour\":0,\"truncated\":false,\"watchdog\":{\"lastRunAt\":\"" + now
                        + "\",\"interval\":\"PT1M\",\"stale\":false}}";
            case "/api/feedback/quality":
                return "{\"green\":true,\"reasons\":[],\"checks\":[],\"evaluatedAt\":\"" + now + "\"}";
            case "/api/feedback/anomalies":
                return "{\"ranAt\":null,\"findings\":[],\"pages\":[]}";
            case "/api/audit":
                return "[]";
            case "/api/routing/stats":
                return "{\"from\":\"2026-11-22T15:00:00Z\",\"to\":\"2026-11-29T15:00:00Z\",\"hours\":168,"
                        + "\"categories\":[{\"category\":\"general\",\"turns\":10,\"autoRespond\":6,\"review\":3,"
                        + "\"handoff\":1,\"escalationRate\":0.4,\"hourly\":[{\"hour\":\"2026-11-23T11:00:00Z\","
                        + "\"turns\":10,\"escalationRate\":0.4}]}]}";
            case "/api/thresholds":
                return "[{\"category\":\"general\",\"active\":{\"version\":3,\"thresholds\":{\"autoRespondMin\":0.85,"
                        + "\"reviewMin\":0.55,\"handoffBelow\":0.3}},\"effective\":{\"autoRespondMin\":0.85},"
                        + "\"effectiveSource\":\"ACTIVE\"}]";
            case "/api/confidence/calibration":
                return "[{\"topic\":\"general\",\"calibrated\":true,\"samples\":120,"
                        + "\"expectedCalibrationError\":0.04,\"brierScore\":0.12,\"bins\":[]}]";
            case "/api/feedback/aggregates":
                return "{\"from\":\"2026-11-23\",\"to\":\"2026-11-29\",\"rows\":[{\"topic\":\"general\","
                        + "\"day\":\"2026-11-23\",\"promptVersion\":\"1\",\"up\":8,\"down\":2,\"satisfaction\":0.8,"
                        + "\"corrections\":1,\"correctionRate\":0.1,\"feedbackIds\":[]}]}";
            case "/api/reviews/decisions":
                return "{\"byStatus\":{\"APPROVED\":8,\"EDITED\":1,\"REJECTED\":1,\"AUTO_DELIVERED\":0,"
                        + "\"TIMED_OUT\":2},\"humanDecisions\":10,\"approvedUnchangedShare\":0.8,"
                        + "\"decidedByHourJst\":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,0,0,0],"
                        + "\"notReachedByHourJst\":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0]}";
            case "/api/deliveries/stats/window":
                return "{\"delivered\":45,\"fallback\":5,\"pending\":0,\"keptOnTimeShare\":0.9,\"truncated\":false}";
            case "/api/oncall/pages":
                return "{\"pages\":[],\"count\":0}";
            case "/actuator/runbooks/emergency-relaxation":
                return "{\"runbook\":{\"name\":\"emergency-relaxation\"},\"dryRun\":{\"action\":\"emergency-relaxation\","
                        + "\"dryRun\":true,\"matched\":4,\"changed\":0,\"failed\":0,\"ids\":[],\"summary\":\"\","
                        + "\"replayed\":false},\"note\":\"dry run: nothing changed\"}";
            default:
                if (path.startsWith("/actuator/metrics/")) {
                    return "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":0.0}]}";
                }
                return "{\"status\":404,\"code\":\"NOT_FOUND\"}";
        }
    }
}
